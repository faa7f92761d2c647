/**
 * The steps of the approval workflow every approvable record shares
 * (DESIGN.md §4): each is a POST below the version's route, and a return
 * carries the reason the author will see.
 */
export type ApprovalStep = { action: 'submit' | 'approve' } | { action: 'return'; comment: string };

/** The route and the body of a step, from the route of the version it moves on. */
export const approvalStepRequest = <VersionRoute extends string>(
  versionRoute: VersionRoute,
  step: ApprovalStep,
) => ({
  route: `${versionRoute}/${step.action}` as const,
  body: step.action === 'return' ? { comment: step.comment } : {},
});
