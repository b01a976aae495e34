"use client";
import { useState, useSyncExternalStore } from "react";
import { buttonSecondary } from "@/components/ui/styles";

const noSubscription = () => () => {};

/**
 * "Use my location": fills the latitude and longitude fields from the
 * browser's geolocation. No map tiles, no third party. Without JavaScript (or
 * geolocation) the button is simply not there and the fields are typed.
 */
export function LocationButton({ label, locating, found, failed }: { label: string; locating: string; found: string; failed: string }) {
  // False on the server and without geolocation; the browser's answer once hydrated.
  const available = useSyncExternalStore(
    noSubscription,
    () => "geolocation" in navigator,
    () => false,
  );
  const [status, setStatus] = useState("");
  if (!available) return <p role="status" className="sr-only" />;
  const locate = () => {
    setStatus(locating);
    navigator.geolocation.getCurrentPosition(
      (position) => {
        const set = (id: string, value: number) => {
          const input = document.getElementById(id);
          if (input instanceof HTMLInputElement) input.value = value.toFixed(6);
        };
        set("latitude", position.coords.latitude);
        set("longitude", position.coords.longitude);
        setStatus(found);
      },
      () => setStatus(failed),
      { enableHighAccuracy: true, timeout: 15_000 },
    );
  };
  return (
    <div className="mb-5">
      <button type="button" className={buttonSecondary} onClick={locate}>
        {label}
      </button>
      <p role="status" className="mt-2 text-sm text-slate-700">
        {status}
      </p>
    </div>
  );
}
