// What the runtime tells a person when storage, not the conversation, is the problem (plain words, no values).
import type { Reply } from '../domain/io.js';

/** Sentences the runtime adds or answers with; none carries a personal value. */
export const NOTICES = {
  apology: 'Sorry, something went wrong on my side. Your answers so far are safe; please try again.',
  notStored: 'I could not save that answer: it is outside what I can keep (for example more than 12 languages, or an attempt count above 6). Your earlier answers are unchanged; please say it another way.',
  setAside: 'I could not read the answers I had saved for you, so I have set them aside (they are kept, not deleted or overwritten) and started a fresh conversation. The operator can restore them; "forget me" deletes them too.',
  sealed: 'I cannot open your saved answers right now: the encryption key of this installation does not match them. Nothing was changed or deleted; please tell the operator (the data key needs fixing) and try again later.',
  storageFull: 'I could not save this: the disk where I keep conversations is full. Your earlier answers are safe; please tell the operator (they need to free disk space) and try again later.',
  storageReadOnly: 'I could not save this: the place where I keep conversations cannot be written right now. Your earlier answers are safe; please tell the operator and try again later.',
  busy: 'I am busy with another request for you and could not save this one. Nothing was lost; please send it again in a moment.',
  scrubPending: 'Another program is reading the database right now, so a copy of your deleted answers may stay in its write-ahead log until that reader finishes; it is overwritten as soon as it does.',
} as const;

/** A notice as a reply. */
export const notice = (text: string): Reply => ({ type: 'text', text });
