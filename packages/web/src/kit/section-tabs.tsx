import { NavLink } from 'react-router';
import './section-tabs.css';

interface SectionTab {
  to: string;
  label: string;
}

/**
 * Tabs atop the lists of one section of the main menu ("Instansi | Orang" under Direktori,
 * "Wilayah | Indikator" under Wilayah): one menu entry, several lists, so the header still fits on
 * one line at 1280 px.
 */
export function SectionTabs({ label, tabs }: { label: string; tabs: readonly SectionTab[] }) {
  return (
    <nav aria-label={label} className="tindak-section-tabs">
      {tabs.map((tab) => (
        <NavLink key={tab.to} to={tab.to} className="tindak-section-tab">
          {tab.label}
        </NavLink>
      ))}
    </nav>
  );
}
