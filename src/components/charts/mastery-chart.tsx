import Link from "next/link";
import { useId } from "react";
import { AxisBottom } from "@visx/axis";
import { Group } from "@visx/group";
import { scaleLinear } from "@visx/scale";
import { Line } from "@visx/shape";
import type { MasteryLevel } from "@/features/practice/lib/elo";
import { CHART_FONT_SIZE, ChartFigure } from "./chart-figure";
import { CELL_CLASS, ChartTable, NUMERIC_CELL_CLASS } from "./chart-table";
import { formatPercent, masterySummary, truncateToWidth } from "./chart-text";
import { BottomTickLabel } from "./chart-ticks";
import { MasteryBadge } from "./mastery-badge";
import { FamiliarHatch, MasteryBar } from "./mastery-bar";
import { MASTERY_LABELS } from "./mastery-labels";

export type MasteryTopic = {
  name: string;
  level: MasteryLevel;
  /** Predicted chance (0..1) of answering an average question correctly. */
  chance: number;
  answers: number;
  href?: string;
};

const WIDTH = 560;
const NAME_WIDTH = 150;
// Room after a full-length bar for the longest level text, "Not started · 100%".
const LEVEL_TEXT_WIDTH = 150;
const ROW_HEIGHT = 36;
const BAR_HEIGHT = 20;
const AXIS_HEIGHT = 28;
const TOP = 4;
const PERCENT_TICKS = [0, 0.25, 0.5, 0.75, 1];

/** One horizontal bar per topic: length is the predicted chance, the level is written at its end. */
export function MasteryChart({ topics, title }: { topics: MasteryTopic[]; title: string }) {
  const hatchId = `${useId()}hatch`;
  const barStart = NAME_WIDTH + 8;
  const barArea = WIDTH - LEVEL_TEXT_WIDTH - barStart;
  const plotHeight = Math.max(1, topics.length) * ROW_HEIGHT;
  const x = scaleLinear<number>({ domain: [0, 1], range: [0, barArea], clamp: true });

  return (
    <ChartFigure
      title={title}
      summary={masterySummary(topics)}
      width={WIDTH}
      height={TOP + plotHeight + AXIS_HEIGHT}
      table={<MasteryTable topics={topics} caption={title} />}
    >
      <defs>
        <FamiliarHatch id={hatchId} />
      </defs>
      <Group top={TOP}>
        {PERCENT_TICKS.map((tick) => (
          <Line key={tick} from={{ x: barStart + x(tick), y: 0 }} to={{ x: barStart + x(tick), y: plotHeight }} className="stroke-border" />
        ))}
        {topics.length === 0 ? (
          <text x={WIDTH / 2} y={ROW_HEIGHT / 2} dy="0.32em" textAnchor="middle" className="fill-muted-fg">
            No topics to show yet
          </text>
        ) : null}
        {topics.map((topic, index) => {
          const length = x(topic.chance);
          return (
            <Group key={`${topic.name}-${index}`} top={index * ROW_HEIGHT}>
              <text x={NAME_WIDTH} y={ROW_HEIGHT / 2} dy="0.32em" textAnchor="end" className="fill-fg">
                {truncateToWidth(topic.name, NAME_WIDTH, CHART_FONT_SIZE)}
              </text>
              <MasteryBar level={topic.level} hatchId={hatchId} x={barStart} y={(ROW_HEIGHT - BAR_HEIGHT) / 2} width={length} height={BAR_HEIGHT} />
              <text x={barStart + length + 6} y={ROW_HEIGHT / 2} dy="0.32em" className="fill-fg">
                {`${MASTERY_LABELS[topic.level]} · ${formatPercent(topic.chance)}`}
              </text>
            </Group>
          );
        })}
        <AxisBottom
          top={plotHeight}
          left={barStart}
          scale={x}
          tickValues={PERCENT_TICKS}
          tickFormat={(value) => formatPercent(Number(value))}
          tickLength={4}
          tickLabelProps={{ fontSize: CHART_FONT_SIZE }}
          axisLineClassName="stroke-muted-fg"
          tickLineProps={{ className: "stroke-muted-fg" }}
          tickComponent={BottomTickLabel}
        />
      </Group>
    </ChartFigure>
  );
}

function MasteryTable({ topics, caption }: { topics: MasteryTopic[]; caption: string }) {
  const columns = [{ label: "Topic" }, { label: "Level" }, { label: "Predicted chance", numeric: true }, { label: "Answers", numeric: true }];
  return (
    <ChartTable caption={caption} columns={columns}>
      {topics.length === 0 ? (
        <tr>
          <td colSpan={columns.length} className={`${CELL_CLASS} text-muted-fg`}>
            No topics to show yet.
          </td>
        </tr>
      ) : null}
      {topics.map((topic, index) => (
        <tr key={`${topic.name}-${index}`}>
          <th scope="row" className={`${CELL_CLASS} text-left font-medium`}>
            {topic.href ? (
              <Link href={topic.href} className="text-primary underline-offset-2 hover:underline">
                {topic.name}
              </Link>
            ) : (
              topic.name
            )}
          </th>
          <td className={CELL_CLASS}>
            <MasteryBadge level={topic.level} />
          </td>
          <td className={NUMERIC_CELL_CLASS}>{formatPercent(topic.chance)}</td>
          <td className={NUMERIC_CELL_CLASS}>{topic.answers}</td>
        </tr>
      ))}
    </ChartTable>
  );
}
