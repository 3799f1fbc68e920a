import { vi } from 'vitest';

// Browser pages answer in their own time on a shared machine: polls wait as long as locators do.
vi.setConfig({ expect: { poll: { timeout: 15_000, interval: 100 } } });
