"use client";

import { SETTINGS_LIMITS } from "@/lib/progress";
import { useProgressStore } from "@/stores/progress-store";
import { FieldPlaceholder } from "@/components/settings/settings-placeholders";
import { input } from "@/components/settings/settings-styles";

/** The plain number settings (the optional interview date and parameters have their own sections). */
export type NumericSetting = keyof typeof SETTINGS_LIMITS;

/**
 * One review setting's field. Keyed by its stored value and stamp, so a change saved in another
 * tab (or a value clamped here) shows at once; what is typed is saved on leaving the field.
 */
export function ReviewField({ name, id, hintId, step }: { name: NumericSetting; id: string; hintId: string; step: number }) {
  const hydrated = useProgressStore((s) => s.hydrated);
  const { value: settings, at } = useProgressStore((s) => s.progress.settings);
  const updateSettings = useProgressStore((s) => s.updateSettings);
  if (!hydrated) return <FieldPlaceholder />;
  return (
    <input
      key={`${settings[name]}@${at}`}
      id={id}
      aria-describedby={hintId}
      type="number"
      className={`${input} block`}
      min={SETTINGS_LIMITS[name].min}
      max={SETTINGS_LIMITS[name].max}
      step={step}
      defaultValue={settings[name]}
      onBlur={(e) => {
        const value = e.currentTarget.valueAsNumber;
        if (value !== settings[name]) updateSettings({ [name]: value });
      }}
    />
  );
}
