"use client";
import { useRouter } from "next/navigation";
import { useEffect, useState } from "react";

/**
 * Keeps a server-rendered page current: when the stream reports a change the
 * page re-renders from the server (what the reader may see is decided there),
 * and screen readers hear the new status. Without JavaScript a plain reload
 * link stands in.
 */
export function LiveRefresh({
  streamUrl,
  currentStatus,
  statusLabels,
  announceTemplate,
  children,
}: {
  streamUrl: string;
  /** The status this page was rendered with: a snapshot that matches it needs no refresh. */
  currentStatus: string;
  statusLabels: Record<string, string>;
  announceTemplate: string;
  children?: React.ReactNode;
}) {
  const router = useRouter();
  const [announcement, setAnnouncement] = useState("");
  const [live, setLive] = useState(false);
  useEffect(() => {
    const source = new EventSource(streamUrl);
    source.onopen = () => setLive(true);
    const onChange = (event: MessageEvent<string>) => {
      try {
        const payload = JSON.parse(event.data) as { status?: string };
        if (payload.status) setAnnouncement(announceTemplate.replace("{status}", statusLabels[payload.status] ?? payload.status));
      } catch {
        // A malformed message still means "something changed".
      }
      router.refresh();
    };
    // Sent on every (re)connect: catches changes made while the connection was down.
    const onSnapshot = (event: MessageEvent<string>) => {
      const payload = JSON.parse(event.data) as { status?: string };
      if (payload.status !== currentStatus) onChange(event);
    };
    source.addEventListener("message", onChange);
    source.addEventListener("snapshot", onSnapshot);
    return () => source.close();
  }, [streamUrl, router, statusLabels, announceTemplate, currentStatus]);
  return (
    <div data-live={live ? "on" : "off"}>
      <p role="status" aria-live="polite" className="sr-only">
        {announcement}
      </p>
      {live ? null : children}
    </div>
  );
}
