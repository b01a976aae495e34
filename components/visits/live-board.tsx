"use client";
import { useEffect, useRef, useState } from "react";

export type BoardData = { rows: { counter: string; number: string | null; callCount: number }[]; waiting: number; latestCall: string | null };

/**
 * The hall screen: one big row per counter with the number called to it.
 * Server-rendered first (works without JavaScript; a meta refresh is not
 * needed in a browser that runs this), then each SSE message re-reads the
 * board. The optional chime plays on a new call (a short tone from the Web
 * Audio API, no sound file); browsers allow sound only after a click, so it is a checkbox.
 */
export function LiveBoard({
  initial,
  streamUrl,
  boardUrl,
  labels,
}: {
  initial: BoardData;
  streamUrl: string;
  boardUrl: string;
  labels: { counter: string; number: string; waiting: string; idle: string; chime: string };
}) {
  const [board, setBoard] = useState(initial);
  const [chime, setChime] = useState(false);
  const chimeRef = useRef(false);
  const lastCall = useRef(initial.latestCall);

  useEffect(() => {
    const source = new EventSource(streamUrl);
    source.addEventListener("board", async () => {
      const response = await fetch(boardUrl, { cache: "no-store" });
      if (!response.ok) return;
      const next = (await response.json()) as BoardData;
      if (next.latestCall && next.latestCall !== lastCall.current && chimeRef.current) playChime();
      lastCall.current = next.latestCall;
      setBoard(next);
    });
    return () => source.close();
  }, [streamUrl, boardUrl]);

  return (
    <div>
      <table className="w-full border-collapse text-left">
        <thead>
          <tr className="border-b-4 border-white text-3xl">
            <th scope="col" className="p-4">
              {labels.counter}
            </th>
            <th scope="col" className="p-4">
              {labels.number}
            </th>
          </tr>
        </thead>
        <tbody aria-live="polite">
          {board.rows.map((row) => (
            <tr key={row.counter} className="border-b-2 border-slate-500">
              <th scope="row" className="p-4 text-4xl font-semibold">
                {row.counter}
              </th>
              <td className="p-4 font-mono text-7xl font-bold text-yellow-300">{row.number ?? labels.idle}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="mt-6 text-3xl">{labels.waiting.replace("{count}", String(board.waiting))}</p>
      <label className="mt-6 flex items-center gap-3 text-xl">
        <input
          type="checkbox"
          className="h-6 w-6"
          checked={chime}
          onChange={(event) => {
            chimeRef.current = event.target.checked;
            setChime(event.target.checked);
          }}
        />
        {labels.chime}
      </label>
    </div>
  );
}

function playChime() {
  const context = new AudioContext();
  for (const [index, frequency] of [880, 660].entries()) {
    const oscillator = context.createOscillator();
    const gain = context.createGain();
    oscillator.frequency.value = frequency;
    gain.gain.setValueAtTime(0.2, context.currentTime + index * 0.35);
    gain.gain.exponentialRampToValueAtTime(0.001, context.currentTime + index * 0.35 + 0.3);
    oscillator.connect(gain).connect(context.destination);
    oscillator.start(context.currentTime + index * 0.35);
    oscillator.stop(context.currentTime + index * 0.35 + 0.3);
  }
  setTimeout(() => void context.close(), 1000);
}
