import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Block, HeadingBlock, ListItemBlock, PlaceholderBlock, TableBlock } from '../api/types';
import { useContentKindLabel } from '../components/labels';
import { skipAnchorText, tableCellOffsets } from '../consultation/anchorText';
import { EditableBlock } from '../editing/EditableBlock';
import { headingElement } from './headingLevel';
import { InlineContent } from './InlineContent';
import { groupBlocks, type ListNode } from './listGrouping';

const blockAttributes = (id: string) => ({ id, 'data-block-id': id });

function Heading({ block }: { block: HeadingBlock }) {
  const { tag: Tag, ariaLevel } = headingElement(block.level);
  return (
    <EditableBlock block={block}>
      <Tag {...blockAttributes(block.id)} aria-level={ariaLevel} tabIndex={-1} className="doc-heading">
        <InlineContent content={block.content} place={{ blockId: block.id, offset: 0 }} />
      </Tag>
    </EditableBlock>
  );
}

function List({ list }: { list: ListNode }) {
  const className = `doc-list doc-list-${list.kind} doc-list-level-${Math.min(list.level, 3)}`;
  const items = list.items.map((entry) => (
    <li key={entry.block.id} {...blockAttributes(entry.block.id)}>
      <EditableBlock block={entry.block}>
        <InlineContent content={entry.block.content} place={{ blockId: entry.block.id, offset: 0 }} />
      </EditableBlock>
      {entry.children.map((child) => (
        <List key={child.items[0]!.block.id} list={child} />
      ))}
    </li>
  ));
  return list.kind === 'numbered' ? (
    <ol className={className} start={list.start}>
      {items}
    </ol>
  ) : (
    <ul className={className}>{items}</ul>
  );
}

function Table({ block }: { block: TableBlock }) {
  const { t } = useTranslation();
  const cellOffsets = useMemo(() => tableCellOffsets(block), [block]);
  return (
    <div className="doc-table-scroll" role="region" aria-label={t('document.tableRegion')} tabIndex={0}>
      <table {...blockAttributes(block.id)} className="doc-table">
        <thead>
          <tr>
            {block.header.cells.map((cell, index) => (
              <th key={index} scope="col">
                <InlineContent content={cell} place={{ blockId: block.id, offset: cellOffsets[0]![index]! }} />
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {block.rows.map((row, rowIndex) => (
            <tr key={row.id} id={row.id} data-row-id={row.id}>
              {row.cells.map((cell, index) => (
                <td key={index}>
                  <InlineContent content={cell} place={{ blockId: block.id, offset: cellOffsets[rowIndex + 1]![index]! }} />
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function Placeholder({ block }: { block: PlaceholderBlock }) {
  const { t } = useTranslation();
  const kindLabel = useContentKindLabel();
  return (
    <div {...blockAttributes(block.id)} className="doc-placeholder" role="note">
      <span className="doc-placeholder-label" {...skipAnchorText}>
        {t('document.notImported', { kind: kindLabel(block.kind) })}
      </span>
      {block.description !== '' && (
        <>
          <span {...skipAnchorText}> — </span>
          {block.description}
        </>
      )}
    </div>
  );
}

function SingleBlock({ block }: { block: Exclude<Block, ListItemBlock> }) {
  switch (block.type) {
    case 'heading':
      return <Heading block={block} />;
    case 'paragraph':
      return (
        <EditableBlock block={block}>
          <p {...blockAttributes(block.id)} className="doc-paragraph">
            <InlineContent content={block.content} place={{ blockId: block.id, offset: 0 }} />
          </p>
        </EditableBlock>
      );
    case 'quote':
      return (
        <EditableBlock block={block}>
          <blockquote {...blockAttributes(block.id)} className="doc-quote">
            <p>
              <InlineContent content={block.content} place={{ blockId: block.id, offset: 0 }} />
            </p>
          </blockquote>
        </EditableBlock>
      );
    case 'table':
      return <Table block={block} />;
    case 'placeholder':
      return <Placeholder block={block} />;
  }
}

/** The blocks of a document, with list items gathered into nested, continuously numbered lists. */
export function DocumentBody({ blocks }: { blocks: readonly Block[] }) {
  const nodes = useMemo(() => groupBlocks(blocks), [blocks]);
  return (
    <div className="doc-body">
      {nodes.map((node) =>
        node.type === 'block' ? (
          <SingleBlock key={node.block.id} block={node.block} />
        ) : (
          <List key={node.list.items[0]!.block.id} list={node.list} />
        ),
      )}
    </div>
  );
}
