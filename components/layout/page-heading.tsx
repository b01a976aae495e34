export function PageHeading({ title, lead }: { title: string; lead?: string }) {
  return (
    <div className="mb-6 mt-8">
      <h1 className="text-3xl font-bold text-slate-900">{title}</h1>
      {lead ? <p className="mt-2 max-w-3xl text-lg text-slate-700">{lead}</p> : null}
    </div>
  );
}
