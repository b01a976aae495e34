/** The documented way back in for someone who lost the email as well: the agency counter (README "Account security"). */
export function CounterPathNote({ title, text }: { title: string; text: string }) {
  return (
    <section aria-labelledby="counter-path-heading" className="mt-10 max-w-2xl border-l-4 border-slate-300 pl-4">
      <h2 id="counter-path-heading" className="text-xl font-semibold">
        {title}
      </h2>
      <p className="mt-2">{text}</p>
    </section>
  );
}
