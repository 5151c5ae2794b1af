/** One figure a benchmark prints; `ratio` is value ÷ a baseline measured in the same run. */
export interface BenchFigure {
  suite: string;
  name: string;
  value: number;
  unit: string;
  /** What the figure is compared with, measured in the same run. */
  baseline?: { name: string; value: number };
  ratio?: number;
  /** The goal, in words ("≤ 2×", "≥ 20,000/s"). */
  target?: string;
}

export interface BenchSuite {
  name: string;
  run(): Promise<BenchFigure[]>;
}
