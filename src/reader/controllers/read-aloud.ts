import type { ReactiveController, ReactiveControllerHost } from 'lit';

export type ReadAloudState = 'idle' | 'speaking' | 'no-voice' | 'unsupported';

/**
 * Reads texts aloud with the device's speech synthesis, in the language of the content
 * (not the UI), and says so clearly when the device has no voice for that language.
 */
export class ReadAloudController implements ReactiveController {
  state: ReadAloudState = 'idle';

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  hostConnected(): void {}

  hostDisconnected(): void {
    this.stop();
  }

  static get supported(): boolean {
    return typeof speechSynthesis !== 'undefined' && typeof SpeechSynthesisUtterance !== 'undefined';
  }

  /** Speaks `parts` (each in its own language); toggles off when already speaking. */
  async toggle(parts: { text: string; lang: string }[]): Promise<void> {
    if (this.state === 'speaking') return this.stop();
    if (!ReadAloudController.supported) return this.set('unsupported');
    const voices = await loadVoices();
    const voiceFor = (lang: string) => {
      const base = lang.split('-')[0]!.toLowerCase();
      return voices.find((v) => v.lang.toLowerCase().replace('_', '-').split('-')[0] === base);
    };
    const utterances = parts
      .filter((p) => p.text.trim())
      .map((p) => {
        const voice = voiceFor(p.lang);
        if (!voice) return undefined;
        const u = new SpeechSynthesisUtterance(p.text);
        u.lang = voice.lang;
        u.voice = voice;
        return u;
      });
    if (!utterances.length || utterances.some((u) => !u)) return this.set('no-voice');
    speechSynthesis.cancel();
    const last = utterances[utterances.length - 1]!;
    last.onend = last.onerror = () => this.set('idle');
    this.set('speaking');
    for (const u of utterances) speechSynthesis.speak(u!);
  }

  stop(): void {
    if (ReadAloudController.supported && this.state === 'speaking') speechSynthesis.cancel();
    this.set('idle');
  }

  private set(state: ReadAloudState): void {
    this.state = state;
    this.host.requestUpdate();
  }
}

function loadVoices(): Promise<SpeechSynthesisVoice[]> {
  const now = speechSynthesis.getVoices();
  if (now.length) return Promise.resolve(now);
  // Chromium fills the list asynchronously; give it a moment, then take what is there.
  return new Promise((resolve) => {
    const done = () => resolve(speechSynthesis.getVoices());
    speechSynthesis.addEventListener('voiceschanged', done, { once: true });
    setTimeout(done, 500);
  });
}
