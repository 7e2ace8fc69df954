/**
 * The "Am I being scammed?" questions, built from the red flags that the FTC, Microsoft, AARP
 * and Action Fraud (now Report Fraud) publish. Each question cites where its red flag comes
 * from. The wording the person reads is in the i18n catalogs as `checklist.q.<id>`; the reason
 * a "Yes" gives is `checklist.reason.<id>`.
 *
 * How much a "Yes" weighs (see checklist-verdict.ts):
 * - `certain`: the sources say this alone means a scam ("always", "never", "only scammers");
 * - `warning`: a common part of these scams that can also happen in honest contact; two of them
 *   together, or one with a certain sign, make a scam;
 * - `weak`: it does not prove the caller is genuine; alone it is a reason to be careful;
 * - `situation`: not a red flag: it changes what to do first (hang up, call the bank).
 */
export type QuestionId =
  | 'onPhone'
  | 'unexpectedContact'
  | 'popupPhone'
  | 'installProgram'
  | 'bankWhileWatching'
  | 'screenBlack'
  | 'refundTooMuch'
  | 'payment'
  | 'secret'
  | 'pressure'
  | 'knowDetails'
  | 'paidOrShared';

/** The questions whose "Yes" is a red flag (the others change what to do first). */
export type RedFlagId = Exclude<QuestionId, 'onPhone' | 'paidOrShared'>;

export type QuestionWeight = 'certain' | 'warning' | 'weak' | 'situation';
export const answerValues = ['yes', 'no', 'not-sure'] as const;
export type Answer = (typeof answerValues)[number];

export type Answers = Readonly<Partial<Record<QuestionId, Answer>>>;

export interface Question {
  readonly id: QuestionId;
  readonly weight: QuestionWeight;
  /** Asked only when this holds for the answers so far (branching); always asked when absent. */
  readonly askIf?: (answers: Answers) => boolean;
}

/** Questions about what happened while someone was connected make no sense if nobody was. */
const someoneMayHaveConnected = (answers: Answers): boolean => answers.installProgram !== 'no';

export const questions: readonly Question[] = [
  // FTC: "If you get a phone call you didn't expect from someone who says there's a problem with
  // your computer, hang up." (https://consumer.ftc.gov/articles/how-spot-avoid-and-report-tech-support-scams)
  // Action Fraud: fraudsters may stay on the line after you hang up, so use another phone
  // (https://www.actionfraud.police.uk/alert/action-fraud-warns-of-new-courier-fraud-tactic-after-receiving-120-reports-in-24-hours).
  // Branch: "Yes" shows "Hang up now" at once and makes it the first next step.
  { id: 'onPhone', weight: 'situation' },
  // Microsoft: "Microsoft does not send unsolicited email messages or make unsolicited phone calls
  // to request personal or financial information, or to provide technical support to fix your
  // computer." (https://support.microsoft.com/en-us/help/4013405/windows-protect-from-tech-support-scams)
  // AARP: "You receive an unsolicited contact over the phone, via email or text claiming to be from
  // one of these companies" (https://states.aarp.org/colorado/computer-support-scams2023).
  // Action Fraud: computer software service fraud starts with a call, an email or a pop-up
  // (https://www.police.uk/news/city-london-police-computer-software-service-frauds-campaign/).
  { id: 'unexpectedContact', weight: 'warning' },
  // Microsoft: "Error and warning messages from Microsoft never include a phone number."
  // FTC: "Real security warnings and messages will never ask you to call a phone number."
  // (both pages above)
  { id: 'popupPhone', weight: 'certain' },
  // Microsoft: scammers "ask you to install applications that give them remote access to your
  // device" (page above). Action Fraud / City of London Police: "Only install software or grant
  // remote access to your computer if you're asked by someone you know and trust ... never as a
  // result of an unsolicited call, browser pop up, or text message"
  // (https://www.wired-gov.net/wg/news.nsf/articles/more+than+50+million+lost+to+remote+access+tool+scams+last+year+06042022141000).
  // AARP: "They request remote access to your computer to 'help' you solve a problem" (page above).
  { id: 'installProgram', weight: 'warning' },
  // FBI "Phantom Hacker" warning: the fake technician "requests the victim open their financial
  // accounts" while connected (https://govtech.com/security/the-phantom-hacker-torments-residents-of-el-paso-texas).
  // Action Fraud remote access campaign: a caller "need[s] to connect to your computer in order to
  // cancel a fraudulent transaction on your account" (wired-gov.net page above).
  { id: 'bankWhileWatching', weight: 'certain', askIf: someoneMayHaveConnected },
  // The refund scam blanks the screen so the person cannot see the scammer move money between
  // their own accounts (https://www.hawaiiusafcu.com/resources/financial-education/financial-articles/november-2018/refund-scam;
  // North Yorkshire Police, https://www.thescarboroughnews.co.uk/news/crime/urgent-warning-as-ryedale-residents-fall-victim-to-new-remote-access-scam-4187393).
  { id: 'screenBlack', weight: 'certain', askIf: someoneMayHaveConnected },
  // AARP: "The scammer may call back months later and offer you a refund for some phony reason"
  // (https://www.fox16.com/news/local-news/aarp-warns-about-tech-support-scams/); police: "the
  // scammers may move money between your accounts so it looks like they've sent too much. They'll
  // then convince you to send it back" (North Yorkshire Police, page above).
  { id: 'refundTooMuch', weight: 'certain' },
  // FTC: "Somebody who tells you to pay with a gift card, money transfer, or Bitcoin is a scammer.
  // Always." (https://consumer.ftc.gov/consumer-alerts/2020/09/how-can-you-spot-tech-support-scam)
  // AARP: "Anyone who asks you to pay for tech support ... with a gift card, cash-reload card or wire
  // transfer" (https://www.kark.com/news/aarp-warns-of-tech-support-scams/).
  // Action Fraud: your bank or the police will never ask you to withdraw money to hand over, and
  // couriers collect cash and "gold (coins or bullion)" (https://www.actionfraud.police.uk/beatthecourierfraudsters).
  { id: 'payment', weight: 'certain' },
  // FTC Office of Inspector General, the signs of a scam: "They also might tell you to keep the
  // conversation a secret from your friends and family." (https://oig.ftc.gov/ftc-imposter-scams)
  // Police on courier fraud: "Fraudsters will instruct victims not to tell any family, friends or
  // neighbours" and not to trust bank staff (https://northamptonshiretalking.co.uk/Alerts/A/166504/Rise-in-Courier-Fraud-).
  { id: 'secret', weight: 'certain' },
  // FTC: "Scammers PRESSURE you to act immediately ... They might threaten to arrest you ... They
  // might say your computer is about to be corrupted." (https://oig.ftc.gov/ftc-imposter-scams)
  // Take Five (UK Finance, promoted by Action Fraud): "Only criminals will try to rush or panic you."
  // (https://www.uttlesford.gov.uk/article/6963/Be-scam-aware)
  { id: 'pressure', weight: 'warning' },
  // Action Fraud: "Even if the caller is able to provide you with details such as your full name,
  // don't give out any personal or financial information during a cold call."
  // (https://actionfraud.police.uk/news/automated-action-fraud-tech-support-scam-calls-apr18)
  { id: 'knowDetails', weight: 'weak' },
  // FTC: "If you paid with a credit or debit card, call your credit card company or bank
  // immediately" (https://consumer.ftc.gov/consumer-alerts/2018/07/warn-your-friends-about-tech-support-scams).
  { id: 'paidOrShared', weight: 'situation' },
];

export const questionIds: readonly QuestionId[] = questions.map((q) => q.id);

/** The red-flag questions, in order (the ones that can change the verdict). */
export const redFlagQuestions: readonly Question[] = questions.filter((q) => q.weight !== 'situation');

export function isRedFlagId(id: QuestionId): id is RedFlagId {
  return id !== 'onPhone' && id !== 'paidOrShared';
}
