import { type Ref, useId, useState } from 'react';

interface QuickFieldProps {
  label: string;
  type: 'email' | 'password';
  autoComplete: string;
  value: string;
  /** The server's message about this field, in the page's language. */
  error?: string | undefined;
  inputRef: Ref<HTMLInputElement>;
  onChange: (value: string) => void;
  /** A password field: the name of its show/hide button, in the page's language. */
  revealLabel?: string;
}

/**
 * A required text field as Mantine's TextInput and PasswordInput draw it on the full sign-in page:
 * the label (its asterisk hidden from screen readers, the field itself says "required"), the
 * field, and the server's message under it, tied to the field by aria-describedby.
 */
export function QuickField({
  label,
  type,
  autoComplete,
  value,
  error,
  inputRef,
  onChange,
  revealLabel,
}: QuickFieldProps) {
  const id = useId();
  const errorId = `${id}-error`;
  const [revealed, setRevealed] = useState(false);
  const input = (
    <input
      ref={inputRef}
      id={id}
      className={revealLabel === undefined ? 'quick-input' : 'quick-input quick-input-with-reveal'}
      type={revealed ? 'text' : type}
      required
      autoComplete={autoComplete}
      autoCapitalize="none"
      spellCheck={false}
      value={value}
      aria-invalid={error ? true : undefined}
      aria-describedby={error ? errorId : undefined}
      onChange={(event) => onChange(event.currentTarget.value)}
    />
  );
  return (
    <div className="quick-field">
      <label className="quick-label" htmlFor={id}>
        {label}
        <span className="quick-required" aria-hidden="true">
          {' *'}
        </span>
      </label>
      <div className="quick-control">
        {input}
        {revealLabel !== undefined && (
          <button
            type="button"
            className="quick-reveal"
            aria-label={revealLabel}
            aria-pressed={revealed}
            aria-controls={id}
            // A click or tap leaves the focus (and a phone's keyboard) in the field.
            onMouseDown={(event) => event.preventDefault()}
            onClick={() => setRevealed((shown) => !shown)}
          >
            <span className="quick-reveal-icon">
              <RevealIcon revealed={revealed} />
            </span>
          </button>
        )}
      </div>
      {error && (
        <p id={errorId} className="quick-error">
          {error}
        </p>
      )}
    </div>
  );
}

/** Mantine's eye (PasswordToggleIcon), crossed out while the password is shown. */
function RevealIcon({ revealed }: { revealed: boolean }) {
  const line = {
    fill: 'none',
    stroke: 'currentColor',
    strokeLinecap: 'round',
    strokeLinejoin: 'round',
    strokeWidth: 16,
  } as const;
  return (
    <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 256 256" aria-hidden="true" focusable="false">
      {revealed ? (
        <>
          <path
            {...line}
            d="M48 40l160 176M154.91 157.6a40 40 0 01-53.82-59.2M135.53 88.71a40 40 0 0132.3 35.53"
          />
          <path
            {...line}
            d="M208.61 169.1C230.41 149.58 240 128 240 128s-32-72-112-72a126 126 0 00-20.68 1.68M74 68.6C33.23 89.24 16 128 16 128s32 72 112 72a118.05 118.05 0 0054-12.6"
          />
        </>
      ) : (
        <>
          <path {...line} d="M128 56c-80 0-112 72-112 72s32 72 112 72 112-72 112-72-32-72-112-72z" />
          <circle {...line} cx="128" cy="128" r="40" />
        </>
      )}
    </svg>
  );
}
