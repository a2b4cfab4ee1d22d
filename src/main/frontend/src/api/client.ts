import createClient, { type Middleware } from 'openapi-fetch';
import type { components, paths } from './schema';

type Schemas = components['schemas'];
export type Address = Schemas['Address'];
export type Household = Schemas['Household'];
export type HouseholdPage = Schemas['HouseholdPage'];
export type HouseholdSummary = Schemas['HouseholdSummary'];
export type Member = Schemas['Member'];
export type AddressPeriod = Schemas['AddressPeriod'];
export type NewHousehold = Schemas['NewHousehold'];
export type Task = Schemas['Task'];
export type TaskPage = Schemas['TaskPage'];
export type Me = Schemas['Me'];
export type TeamSummary = Schemas['TeamSummary'];
export type Problem = Schemas['Problem'];
export type AccessLogVerification = Schemas['AccessLogVerification'];
export type AccessOverview = Schemas['AccessOverview'];
export type AccessRecord = Schemas['AccessRecord'];
export type RefusedAttempt = Schemas['RefusedAttempt'];
export type Areas = Schemas['Areas'];
export type Wijk = Schemas['Wijk'];
export type Team = Schemas['Team'];
export type Case = Schemas['Case'];
export type CaseHousehold = Schemas['CaseHousehold'];
export type CaseMember = Schemas['CaseMember'];
export type CaseSummary = Schemas['CaseSummary'];
export type Transition = Schemas['Transition'];
export type CaseloadPage = Schemas['CaseloadPage'];
export type DomainInvolvement = Schemas['DomainInvolvement'];
export type JournalEntry = Schemas['JournalEntry'];
export type NewJournalEntry = Schemas['NewJournalEntry'];
export type TimelineEvent = Schemas['TimelineEvent'];
export type Consent = Schemas['Consent'];
export type NewConsent = Schemas['NewConsent'];
export type SignalInboxItem = Schemas['SignalInboxItem'];
export type SignalInboxPage = Schemas['SignalInboxPage'];
export type SignalCase = Schemas['SignalCase'];
export type Signal = Schemas['Signal'];
export type SignalBatch = Schemas['SignalBatch'];
export type SignalBatchRejection = Schemas['SignalBatchRejection'];
export type SignalEndResultOption = Schemas['SignalEndResultOption'];
export type SignalPartner = Schemas['SignalPartner'];
// self-reliance assessment (issue 15)
export type Assessment = Schemas['Assessment'];
export type AssessmentList = Schemas['AssessmentList'];
export type AssessmentCatalogue = Schemas['AssessmentCatalogue'];
export type NewAssessment = Schemas['NewAssessment'];
// eigen regie plan (issue 16)
export type Plan = Schemas['Plan'];
export type PlanVersion = Schemas['PlanVersion'];
// anonymised outcome monitoring (issue 18)
export type Indicator = Schemas['Indicator'];
export type Release = Schemas['Release'];
export type ReleaseCell = Schemas['ReleaseCell'];
export type ReleaseSummary = Schemas['ReleaseSummary'];
export type CbsImport = Schemas['CbsImport'];
// iJw/iWmo message import (issue 17)
export type ReferralMessageImport = Schemas['ReferralMessageImport'];

/**
 * The same shape with every field optional and nullable: for helpers that must work whether the OpenAPI document
 * marks fields as required/nullable or not (JSON-B leaves null fields out of the JSON).
 */
export type Loose<T> = { [K in keyof T]?: T[K] | null };

export const LOGIN_PAGE = '/login';

/** A session that ended (timeout, logout in another tab) sends the browser to the login page. */
const redirectWhenLoggedOut: Middleware = {
  onResponse({ response }) {
    if (response.status === 401) {
      window.location.assign(LOGIN_PAGE);
    }
    return response;
  },
};

/**
 * The typed client for the Wijkregie API. The server refuses state-changing calls on a session cookie without
 * X-Requested-With (a cross-site form cannot send it), so every call carries it.
 */
export const api = createClient<paths>({
  baseUrl: '',
  credentials: 'same-origin',
  headers: { 'X-Requested-With': 'wijkregie' },
});
api.use(redirectWhenLoggedOut);
