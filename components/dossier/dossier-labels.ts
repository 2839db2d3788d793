import type { AnswerField } from "@/lib/domain/dossier-completeness";

/** The entry form's five questions: the short label the form and the printed dossier use, and the full question. */
export const ANSWER_LABELS: Record<AnswerField, { label: string; question: string }> = {
  answerPrevention: {
    label: "Crime prevention and the theme",
    question: "How does the project prevent or reduce crime or the fear of crime, and how does it link to the edition's theme?",
  },
  answerEvaluation: {
    label: "Objectives and evaluation",
    question: "What were the objectives, and how was the project evaluated (method, internal or external, results)?",
  },
  answerInnovation: {
    label: "Innovation",
    question: "What is new in the project's methods or approach?",
  },
  answerPartners: {
    label: "Partners and their roles",
    question: "Which partners took part, and what did each of them do?",
  },
  answerReplication: {
    label: "Replication, costs and funding",
    question: "How could other countries replicate the project, and what did it cost and who funded it?",
  },
};
