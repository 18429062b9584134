// The parts of a GDPR letter that the on-screen view and the print view render alike: the body blocks and the
// annex table. Each view keeps its own frame (classes and heading levels for its stylesheet).

import type { Block } from '../../shared/gdpr/letter';
import type { AnnexTable } from '../../shared/gdpr/annex';

export function LetterBlocks({ blocks, heading: Heading }: { blocks: Block[]; heading: 'h2' | 'h4' }) {
  return blocks.map((block, i) =>
    block.kind === 'list' ? (
      <ul key={i}>
        {block.items.map((item, k) => (
          <li key={k}>{item}</li>
        ))}
      </ul>
    ) : block.kind === 'heading' ? (
      <Heading key={i}>{block.text}</Heading>
    ) : (
      <p key={i}>{block.text}</p>
    ),
  );
}

export function AnnexGrid({ table, className }: { table: AnnexTable; className?: string }) {
  return (
    <table className={className}>
      <thead>
        <tr>
          {table.header.map((h) => (
            <th key={h}>{h}</th>
          ))}
        </tr>
      </thead>
      <tbody>
        {table.rows.map((row, i) => (
          <tr key={i}>
            {row.map((cell, k) => (
              <td key={k}>{cell}</td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
