// A reply that puts the question off is no answer to it: "wait lemme find it", "one sec, checking" store nothing (a
// "wait" is never a "no"), and "can we skip this one for now?" asks for the skip command in a sentence.

// looking the answer up, with no number in the message: the answer comes in a later message
const LOOKING_UP = /^(?:(?:ok|okay|hmm+|umm*|uh+|oh|ah|wait|hold on|hang on|one sec|a sec|sec|1 sec|one moment|a moment|lol|haha)[,.!]*\s+)*(?:let me|lemme|lem me|i'?ll|i will|i need to|need to|gotta|have to|i have to|i gotta)\s+(?:go\s+)?(?:check|find|look|dig|pull|see|get|confirm|verify|double check|doublecheck)\b[^\d]{0,30}$/;
const JUST_WAIT = /^(?:wait|hold on|hang on|one sec|one second|a sec|1 sec|brb|sec|give me a (?:sec|second|minute|min|moment)|gimme a (?:sec|second|min|minute)|checking|let me think|lemme think)[\s.!]*$/;
// asking to skip the question just asked, after whatever the applicant said first ("I'm a bit embarrassed, can we skip it?")
const SKIP_ASKED = /(?:^|[,.;!?]\s*|\s)(?:(?:can|could|may) (?:we|i|you) (?:please |pls |just )?skip|(?:let's|lets) (?:just )?skip|(?:i'?d|i would) rather (?:not answer|skip)) (?:it|this|that|this one|that one|this question|that question|this part)(?: one)?(?: for now| for a bit| please| pls| if that's ok| if that is ok)?\s*[?.!]*\s*$/;

/** True when the message only puts off answering ("wait lemme find it", "one sec"): nothing in it is read. */
export function putsOff(text: string): boolean {
  const t = text.toLowerCase().trim();
  return t.length <= 60 && (LOOKING_UP.test(t) || JUST_WAIT.test(t));
}

/** True when the message ends by asking to skip the question ("can we skip it for now?"). */
export function asksToSkip(text: string): boolean {
  return SKIP_ASKED.test(text.toLowerCase().trim());
}
