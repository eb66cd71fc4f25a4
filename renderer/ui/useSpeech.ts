// Reading a card aloud with the PC's own Chinese voice (speechSynthesis, local voices only: nothing goes to a network TTS).
import { useCallback, useEffect, useState } from 'react';

/** The first installed zh-CN voice (any zh voice as a fallback); remote voices are never used. */
export function localChineseVoice(voices: readonly SpeechSynthesisVoice[]): SpeechSynthesisVoice | null {
  const local = voices.filter((v) => v.localService);
  return local.find((v) => /^zh[-_]CN/i.test(v.lang)) ?? local.find((v) => /^(zh|cmn)/i.test(v.lang)) ?? null;
}

export function useSpeech(): { voice: SpeechSynthesisVoice | null; speaking: boolean; speak(text: string): void; stop(): void } {
  const synth = typeof window !== 'undefined' ? window.speechSynthesis : undefined;
  const [voice, setVoice] = useState<SpeechSynthesisVoice | null>(() => (synth ? localChineseVoice(synth.getVoices()) : null));
  const [speaking, setSpeaking] = useState(false);
  useEffect(() => {
    if (!synth) return;
    // Chromium fills the voice list asynchronously.
    const load = () => setVoice(localChineseVoice(synth.getVoices()));
    load();
    synth.addEventListener?.('voiceschanged', load);
    return () => {
      synth.removeEventListener?.('voiceschanged', load);
      synth.cancel();
    };
  }, [synth]);
  const stop = useCallback(() => {
    synth?.cancel();
    setSpeaking(false);
  }, [synth]);
  const speak = useCallback(
    (text: string) => {
      if (!synth || !voice) return;
      synth.cancel();
      const u = new SpeechSynthesisUtterance(text);
      u.lang = 'zh-CN';
      u.voice = voice;
      u.rate = 0.95;
      u.onend = () => setSpeaking(false);
      u.onerror = () => setSpeaking(false);
      setSpeaking(true);
      synth.speak(u);
    },
    [synth, voice],
  );
  return { voice, speaking, speak, stop };
}
