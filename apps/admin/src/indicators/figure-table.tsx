import { type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

export interface FigureTableProps {
  id: string;
  title: string;
  head: string[];
  /** The first cell of each row names it (a district, a group, a figure). */
  rows: ReactNode[][];
  /** Where the table's CSV comes from, with the same filter. */
  csvHref?: string;
}

/** One titled table of figures with its "Download CSV" link. */
export function FigureTable({ id, title, head, rows, csvHref }: FigureTableProps) {
  const { t } = useTranslation();
  return (
    <section className="admin-section" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{title}</h2>
      {/* Focusable so that keyboard users can scroll a table wider than a tablet. */}
      <div
        className="admin-table-wrap"
        role="region"
        aria-labelledby={`${id}-heading`}
        tabIndex={0}
      >
        <table className="admin-table">
          <thead>
            <tr>
              {head.map((h) => (
                <th key={h} scope="col">
                  {h}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((r, n) => (
              <tr key={n}>
                {r.map((cell, c) =>
                  c === 0 ? (
                    <th key={c} scope="row">
                      {cell}
                    </th>
                  ) : (
                    <td key={c}>{cell}</td>
                  ),
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {csvHref && (
        <p>
          <a href={csvHref} download>
            {t('indicatorsPage.downloadCsv', { table: title })}
          </a>
        </p>
      )}
    </section>
  );
}
