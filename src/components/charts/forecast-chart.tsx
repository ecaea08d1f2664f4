import { AxisBottom, AxisLeft } from "@visx/axis";
import { Group } from "@visx/group";
import { scaleBand, scaleLinear } from "@visx/scale";
import { Bar, Line } from "@visx/shape";
import { CHART_FONT_SIZE, ChartFigure } from "./chart-figure";
import { CELL_CLASS, ChartTable, NUMERIC_CELL_CLASS } from "./chart-table";
import { everyNth, fitsWidth, forecastSummary, integerTicks, noReviewsMessage } from "./chart-text";
import { BottomTickLabel, LeftTickLabel } from "./chart-ticks";

export type ForecastDay = {
  /** YYYY-MM-DD, the learner's local day. */
  date: string;
  /** Short label such as "Thu 3". */
  label: string;
  count: number;
};

const WIDTH = 560;
const HEIGHT = 240;
const MARGIN = { top: 24, right: 8, bottom: 32, left: 40 };
const COUNT_FONT_SIZE = 13;
const LABEL_EVERY = 5;

/** Reviews due on each coming day (day 0 includes overdue cards), as vertical bars with counts. */
export function ForecastChart({ days, title, description }: { days: ForecastDay[]; title: string; description?: string }) {
  const innerWidth = WIDTH - MARGIN.left - MARGIN.right;
  const innerHeight = HEIGHT - MARGIN.top - MARGIN.bottom;
  const ticks = integerTicks(Math.max(0, ...days.map((day) => day.count)));
  const x = scaleBand<string>({ domain: days.map((day) => day.date), range: [0, innerWidth], padding: 0.2 });
  const y = scaleLinear<number>({ domain: [0, Math.max(1, ticks.at(-1) ?? 0)], range: [innerHeight, 0] });
  const labelByDate = new Map(days.map((day) => [day.date, day.label]));
  const empty = days.every((day) => day.count <= 0);

  return (
    <ChartFigure
      title={title}
      note={description}
      summary={forecastSummary(days)}
      width={WIDTH}
      height={HEIGHT}
      table={<ForecastTable days={days} caption={title} />}
    >
      <Group left={MARGIN.left} top={MARGIN.top}>
        {ticks.map((tick) => (
          <Line key={tick} from={{ x: 0, y: y(tick) }} to={{ x: innerWidth, y: y(tick) }} className="stroke-border" />
        ))}
        {days.map((day) => {
          if (day.count <= 0) return null;
          const left = x(day.date) ?? 0;
          const top = y(day.count);
          const text = String(day.count);
          return (
            <g key={day.date}>
              <Bar x={left} y={top} width={x.bandwidth()} height={innerHeight - top} rx={2} className="fill-primary" />
              {fitsWidth(text, x.step() - 1, COUNT_FONT_SIZE) ? (
                <text x={left + x.bandwidth() / 2} y={top - 4} textAnchor="middle" fontSize={COUNT_FONT_SIZE} className="fill-fg">
                  {text}
                </text>
              ) : null}
            </g>
          );
        })}
        <AxisLeft scale={y} tickValues={ticks} tickFormat={(value) => String(value)} hideAxisLine hideTicks tickLength={6} tickComponent={LeftTickLabel} />
        <AxisBottom
          top={innerHeight}
          scale={x}
          tickValues={everyNth(days, LABEL_EVERY).map((day) => day.date)}
          tickFormat={(date) => labelByDate.get(date)}
          tickLength={4}
          tickLabelProps={{ fontSize: CHART_FONT_SIZE }}
          axisLineClassName="stroke-muted-fg"
          tickLineProps={{ className: "stroke-muted-fg" }}
          tickComponent={BottomTickLabel}
        />
        {empty ? (
          <text x={innerWidth / 2} y={innerHeight / 2} textAnchor="middle" className="fill-muted-fg">
            {noReviewsMessage(days.length)}
          </text>
        ) : null}
      </Group>
    </ChartFigure>
  );
}

function ForecastTable({ days, caption }: { days: ForecastDay[]; caption: string }) {
  return (
    <ChartTable caption={caption} columns={[{ label: "Day" }, { label: "Date" }, { label: "Reviews due", numeric: true }]}>
      {days.map((day) => (
        <tr key={day.date}>
          <th scope="row" className={`${CELL_CLASS} text-left font-medium`}>
            {day.label}
          </th>
          <td className={CELL_CLASS}>
            <time dateTime={day.date}>{day.date}</time>
          </td>
          <td className={NUMERIC_CELL_CLASS}>{day.count}</td>
        </tr>
      ))}
    </ChartTable>
  );
}
