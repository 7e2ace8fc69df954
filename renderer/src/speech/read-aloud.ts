/**
 * Reads text aloud with the system's voices (the Web Speech API, built into Chromium and so
 * into Electron). https://developer.mozilla.org/docs/Web/API/SpeechSynthesis
 */

/** Whether this computer has a voice to read with. Voices may load a moment after start. */
export function hasVoice(): Promise<boolean> {
  const synth = window.speechSynthesis as SpeechSynthesis | undefined;
  if (!synth) return Promise.resolve(false);
  if (synth.getVoices().length > 0) return Promise.resolve(true);
  return new Promise((resolve) => {
    const done = (): void => {
      clearTimeout(timer);
      synth.removeEventListener('voiceschanged', done);
      resolve(synth.getVoices().length > 0);
    };
    const timer = setTimeout(done, 1000);
    synth.addEventListener('voiceschanged', done);
  });
}

/**
 * Reads `text`; `onEnd` is called when it is done or stopped. Returns a way to stop it. When
 * the computer has no voice, `onNoVoice` is called instead, so the screen can say so plainly.
 */
export function readAloud(
  text: string,
  language: string,
  onEnd: () => void,
  onNoVoice: () => void = onEnd,
): () => void {
  const synth = window.speechSynthesis as SpeechSynthesis | undefined;
  let stopped = false;
  void hasVoice().then((voice) => {
    if (stopped) return;
    if (!voice || !synth) {
      onNoVoice();
      return;
    }
    synth.cancel();
    const utterance = new SpeechSynthesisUtterance(text);
    utterance.lang = language;
    // A little slower than usual: easier to follow for older listeners.
    utterance.rate = 0.9;
    utterance.onend = onEnd;
    utterance.onerror = onEnd;
    synth.speak(utterance);
  });
  return () => {
    stopped = true;
    synth?.cancel();
  };
}
