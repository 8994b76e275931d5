import type { MetadataRoute } from "next";

// The web app manifest (/manifest.webmanifest): what makes PrepDeck installable.
export const dynamic = "force-static";

export default function manifest(): MetadataRoute.Manifest {
  return {
    name: "PrepDeck: interview flashcards",
    short_name: "PrepDeck",
    description: "Drill technical interview questions as flip cards, with spaced repetition, offline.",
    id: "/",
    start_url: "/",
    scope: "/",
    display: "standalone",
    background_color: "#ffffff",
    // The light header's colour; pages set the dark one themselves (<meta name="theme-color" media=…>).
    theme_color: "#ffffff",
    icons: [
      { src: "/icons/icon-192.png", sizes: "192x192", type: "image/png", purpose: "any" },
      { src: "/icons/icon-512.png", sizes: "512x512", type: "image/png", purpose: "any" },
      { src: "/icons/maskable-512.png", sizes: "512x512", type: "image/png", purpose: "maskable" },
    ],
  };
}
