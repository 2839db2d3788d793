/** Where the public part of a year's seal is downloaded, and where anyone checks it (relative to the site). */
export function getSnapshotPath(year: number): string {
  return `/api/v1/editions/${year}/results/snapshot.json`;
}

export function getVerifyPath(year: number): string {
  return `/verify?year=${year}`;
}

/** The file name the public part downloads as, like the other exports: "palmares-2014-public-result.json". */
export function getSnapshotFileName(year: number): string {
  return `palmares-${year}-public-result.json`;
}
