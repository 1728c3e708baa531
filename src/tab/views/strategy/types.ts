// The strategy API's answers as the tab reads them (the shapes are the server's response schemas).
import type { GoalChain } from '../../../domain/strategy/goalChain';
import type { GoalLink, SteeringDocument, StrategicObjectPlan } from '../../../domain/strategy/model';
import type { DeliverableStatus } from '../../../domain/plan/yearWheel';
import type { Rec } from '../../api/types';

export type { GoalChain };
export type SteeringDoc = Rec<SteeringDocument>;
export type GoalLinkRec = Rec<GoalLink>;

export interface ApproverRow {
  role: string;
  personIds: string[];
  outcome: 'approved' | 'rejected' | null;
  byPersonId: string | null;
  comment: string;
  at: string | null;
}

export type StrategicPlanRec = Rec<StrategicObjectPlan> & {
  approval: { approvers: ApproverRow[]; complete: boolean; rejected: boolean };
  investmentsPerYear: { year: number; amount: number }[];
};

export interface YearWheelAnswer {
  year: number;
  today: string;
  objects: { objectId: string; code: string; name: string; deliverables: DeliverableStatus[] }[];
}
