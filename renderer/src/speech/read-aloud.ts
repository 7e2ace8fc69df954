/**
 * Reads text aloud with the system's voices (the Web Speech API, built into Chromium and so
 * into Electron). https://developer.mozilla.org/docs/Web/API/SpeechSynthesis
 */
export function readAloud(text: string, language: string, onEnd: () => void): () => void {
  const synth = window.speechSynthesis as SpeechSynthesis | undefined;
  if (!synth) {
    onEnd();
    return () => undefined;
  }
  synth.cancel();
  const utterance = new SpeechSynthesisUtterance(text);
  utterance.lang = language;
  // A little slower than usual: easier to follow for older listeners.
  utterance.rate = 0.9;
  utterance.onend = onEnd;
  utterance.onerror = onEnd;
  synth.speak(utterance);
  return () => synth.cancel();
}
