import { AxisBottom, AxisLeft } from "@visx/axis";
import { Group } from "@visx/group";
import { scaleBand, scaleLinear } from "@visx/scale";
import { Bar, Line } from "@visx/shape";
import { CHART_FONT_SIZE, ChartFigure } from "@/components/charts/chart-figure";
import { CELL_CLASS, ChartTable, NUMERIC_CELL_CLASS } from "@/components/charts/chart-table";
import { everyNth, integerTicks } from "@/components/charts/chart-text";
import { BottomTickLabel, LeftTickLabel } from "@/components/charts/chart-ticks";
import { formatCount, formatUsd, usageByDaySummary, type UsageDay } from "../lib/usage";

const WIDTH = 560;
const HEIGHT = 240;
const MARGIN = { top: 16, right: 8, bottom: 32, left: 76 };
const AXIS_LABELS = 6;

/** "Mar 4" for a UTC day, the same on the server and in every browser. */
function shortDay(day: string): string {
  return new Date(`${day}T00:00:00Z`).toLocaleDateString("en-US", { month: "short", day: "numeric", timeZone: "UTC" });
}

/** Estimated AI cost per UTC day as vertical bars (ticks in micros, labelled in dollars), with the days as a table. */
export function AiCostChart({ days, title, note }: { days: UsageDay[]; title: string; note?: string }) {
  const innerWidth = WIDTH - MARGIN.left - MARGIN.right;
  const innerHeight = HEIGHT - MARGIN.top - MARGIN.bottom;
  const ticks = integerTicks(Math.max(0, ...days.map((day) => day.costMicros)));
  const x = scaleBand<string>({ domain: days.map((day) => day.day), range: [0, innerWidth], padding: 0.2 });
  const y = scaleLinear<number>({ domain: [0, Math.max(1, ticks.at(-1) ?? 0)], range: [innerHeight, 0] });
  const empty = days.every((day) => day.calls === 0);

  return (
    <ChartFigure title={title} note={note} summary={usageByDaySummary(days)} width={WIDTH} height={HEIGHT} table={<AiCostTable days={days} caption={title} />}>
      <Group left={MARGIN.left} top={MARGIN.top}>
        {ticks.map((tick) => (
          <Line key={tick} from={{ x: 0, y: y(tick) }} to={{ x: innerWidth, y: y(tick) }} className="stroke-border" />
        ))}
        {days.map((day) => {
          if (day.costMicros <= 0) return null;
          const top = y(day.costMicros);
          return <Bar key={day.day} x={x(day.day) ?? 0} y={top} width={x.bandwidth()} height={innerHeight - top} rx={1} className="fill-primary" />;
        })}
        <AxisLeft scale={y} tickValues={ticks} tickFormat={(value) => formatUsd(Number(value))} hideAxisLine hideTicks tickLength={6} tickComponent={LeftTickLabel} />
        <AxisBottom
          top={innerHeight}
          scale={x}
          tickValues={everyNth(days, Math.ceil(days.length / AXIS_LABELS)).map((day) => day.day)}
          tickFormat={shortDay}
          tickLength={4}
          tickLabelProps={{ fontSize: CHART_FONT_SIZE }}
          axisLineClassName="stroke-muted-fg"
          tickLineProps={{ className: "stroke-muted-fg" }}
          tickComponent={BottomTickLabel}
        />
        {empty ? (
          <text x={innerWidth / 2} y={innerHeight / 2} textAnchor="middle" className="fill-muted-fg">
            No AI calls in this range
          </text>
        ) : null}
      </Group>
    </ChartFigure>
  );
}

function AiCostTable({ days, caption }: { days: UsageDay[]; caption: string }) {
  return (
    <ChartTable caption={caption} columns={[{ label: "Day (UTC)" }, { label: "Calls", numeric: true }, { label: "Tokens", numeric: true }, { label: "Cost (USD)", numeric: true }]}>
      {days.map((day) => (
        <tr key={day.day}>
          <th scope="row" className={`${CELL_CLASS} text-left font-medium`}>
            <time dateTime={day.day}>{day.day}</time>
          </th>
          <td className={NUMERIC_CELL_CLASS}>{formatCount(day.calls)}</td>
          <td className={NUMERIC_CELL_CLASS}>{formatCount(day.inputTokens + day.outputTokens)}</td>
          <td className={NUMERIC_CELL_CLASS}>{formatUsd(day.costMicros)}</td>
        </tr>
      ))}
    </ChartTable>
  );
}
