// The portfolio's part of the goal chain (issue 16): the year wheel's deliverables of every object, and
// the goal chain. A lazy chunk, loaded under the portfolio's body.
import './words';
import { YearWheelDeliverables } from './YearWheelDeliverables';
import GoalChainView from './GoalChainView';

export default function StrategyPortfolio({ year }: { year: number }) {
  return (
    <>
      <YearWheelDeliverables year={year} />
      <GoalChainView />
    </>
  );
}
