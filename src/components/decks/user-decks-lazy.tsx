"use client";

import dynamic from "next/dynamic";

// The user decks (IndexedDB, their schemas) load after the page, like everything that reads
// stored data (see shell/lazy.tsx): a visitor with none pays nothing on first load.
export const UserDecksHome = dynamic(() => import("@/components/decks/user-decks-home").then((m) => m.UserDecksHome), { ssr: false });
