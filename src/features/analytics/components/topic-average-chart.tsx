import { AxisBottom } from "@visx/axis";
import { Group } from "@visx/group";
import { scaleLinear } from "@visx/scale";
import { Bar, Line } from "@visx/shape";
import { CHART_FONT_SIZE, ChartFigure } from "@/components/charts/chart-figure";
import { CELL_CLASS, ChartTable, NUMERIC_CELL_CLASS } from "@/components/charts/chart-table";
import { formatPercent, truncateToWidth } from "@/components/charts/chart-text";
import { BottomTickLabel } from "@/components/charts/chart-ticks";
import { topicAverageSummary } from "../lib/format";

export type TopicAverageBar = { id: string; name: string; chance: number | null; learnersWithEvidence: number };

const WIDTH = 560;
const NAME_WIDTH = 160;
// Room after a full-length bar for "100% · 30/30".
const VALUE_TEXT_WIDTH = 120;
const ROW_HEIGHT = 32;
const BAR_HEIGHT = 18;
const AXIS_HEIGHT = 28;
const TOP = 4;
const PERCENT_TICKS = [0, 0.25, 0.5, 0.75, 1];

/** The class average per topic as horizontal bars; the figure's table repeats the numbers. */
export function TopicAverageChart({ topics, learnerCount, title }: { topics: TopicAverageBar[]; learnerCount: number; title: string }) {
  const barStart = NAME_WIDTH + 8;
  const x = scaleLinear<number>({ domain: [0, 1], range: [0, WIDTH - VALUE_TEXT_WIDTH - barStart], clamp: true });
  const plotHeight = Math.max(1, topics.length) * ROW_HEIGHT;
  return (
    <ChartFigure
      title={title}
      note="Mean predicted chance of the learners who practised each topic; the count says how many did."
      summary={topicAverageSummary(topics)}
      width={WIDTH}
      height={TOP + plotHeight + AXIS_HEIGHT}
      table={<TopicAverageTable topics={topics} learnerCount={learnerCount} caption={title} />}
    >
      <Group top={TOP}>
        {PERCENT_TICKS.map((tick) => (
          <Line key={tick} from={{ x: barStart + x(tick), y: 0 }} to={{ x: barStart + x(tick), y: plotHeight }} className="stroke-border" />
        ))}
        {topics.map((topic, index) => {
          const length = topic.chance === null ? 0 : x(topic.chance);
          return (
            <Group key={topic.id} top={index * ROW_HEIGHT}>
              <text x={NAME_WIDTH} y={ROW_HEIGHT / 2} dy="0.32em" textAnchor="end" className="fill-fg">
                {truncateToWidth(topic.name, NAME_WIDTH, CHART_FONT_SIZE)}
              </text>
              {topic.chance === null ? null : <Bar x={barStart} y={(ROW_HEIGHT - BAR_HEIGHT) / 2} width={length} height={BAR_HEIGHT} rx={2} className="fill-primary" />}
              <text x={barStart + length + 6} y={ROW_HEIGHT / 2} dy="0.32em" className={topic.chance === null ? "fill-muted-fg" : "fill-fg"}>
                {topic.chance === null ? "No practice yet" : `${formatPercent(topic.chance)} · ${topic.learnersWithEvidence}/${learnerCount}`}
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

function TopicAverageTable({ topics, learnerCount, caption }: { topics: TopicAverageBar[]; learnerCount: number; caption: string }) {
  const columns = [{ label: "Topic" }, { label: "Class average", numeric: true }, { label: "Learners who practised", numeric: true }];
  return (
    <ChartTable caption={caption} columns={columns}>
      {topics.map((topic) => (
        <tr key={topic.id}>
          <th scope="row" className={`${CELL_CLASS} text-left font-medium`}>
            {topic.name}
          </th>
          <td className={NUMERIC_CELL_CLASS}>{topic.chance === null ? "No practice yet" : formatPercent(topic.chance)}</td>
          <td className={NUMERIC_CELL_CLASS}>
            {topic.learnersWithEvidence} of {learnerCount}
          </td>
        </tr>
      ))}
    </ChartTable>
  );
}
