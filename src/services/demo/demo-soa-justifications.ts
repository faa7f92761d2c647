/**
 * The demo SoA's justifications for the 37 applicable Annex A controls: why Northwind selected each
 * and how it meets it (A.7.3 is not applicable; its text is in seed-soa.ts).
 */
export const DEMO_SOA_JUSTIFICATIONS: Readonly<Record<string, string>> = {
  'A.2.2':
    'The board wants one clear position on AI across claims and customer service, and the financial regulator expects governance of the models used in claims. The AI policy (AIMS-POL-001) was approved by the board and announced to all staff; it replaced the interim guidance on generative AI tools.',
  'A.2.3':
    'Our AI systems handle health and financial data, so the AI policy has to fit the data protection policy, the retention schedule and Group IT’s ISO/IEC 27001 security policies. The triage training data kept beyond the retention schedule showed the gap; the AIMS manager now checks these policies whenever the AI policy changes.',
  'A.2.4':
    'EU AI Act obligations are still phasing in and our AI systems change every quarter, so the AI policy cannot stand still. The AIMS manager takes it to the management review at least once a year, and sooner when a new AI system or a regulatory change calls for it.',
  'A.3.2':
    'We are provider and deployer of the high-risk claims triage assistant, and accountability has to be clear to the regulator and to our auditors. The AI roles and responsibilities matrix names the accountable owner of each AIMS activity; the AI steering group approves new uses and the model risk committee approves model releases.',
  'A.3.3':
    'Claims handlers and investigators are the first to see a triage suggestion or fraud flag that looks wrong, and they must be able to say so. They use the feedback channel to data science set out in the claims manual, or go to the AIMS manager directly, who logs and answers each concern.',
  'A.4.2':
    'With only two data scientists maintaining every model, we need a single view of what each AI system depends on to keep it running and to judge its risks. The AI resource inventory records the data, tooling, compute and people of each in-scope system and is kept up to date by the AIMS manager.',
  'A.4.3':
    'The fairness and retention risks of the claims triage assistant both came from its training data, so we must know which data each system uses. The inventory records the claims and payments data of triage and fraud detection; the chatbot’s policy wordings and the correspondence model’s letters are still to be added.',
  'A.4.4':
    'The triage model is retrained every quarter and the fraud pattern detector every week, so results must be reproducible with known tools. The inventory lists MLflow, the feature store and the open-source gradient boosting library; data science updates it when a tool changes.',
  'A.4.5':
    'The reinsurer requires claims triage to keep working through storm and flood peaks, and asks for the energy use of our AI systems each year. Compute is recorded per system in the resource inventory and hosted by Group IT; the capacity plan for weather peaks and the manual fallback build on it.',
  'A.4.6':
    'Two data scientists maintain all our models, so losing one would stop monitoring and retraining. The resource inventory records the people and skills each system needs, the support contract with an external ML operations partner covers absence, and claims handlers are trained each year on when to override the triage.',
  'A.5.2':
    'Our AI policy commits us to impact-assessing every AI system before deployment and after significant change, and the claims triage assistant is high-risk under the EU AI Act. The AIMS manager runs an assessment for each in-scope system and the approver signs it off; the method is being written up in AIMS-PRC-002.',
  'A.5.3':
    'The financial regulator and the reinsurer may ask how we reached our view of an AI system’s effects on claimants, so results must be kept and retrievable. Each impact assessment is approved by someone other than its author, recorded with its next review date and kept for ten years after the system is retired.',
  'A.5.4':
    'Our AI systems affect claimants directly: triage decides how soon a claim is handled, a fraud flag brings questions and delay, and claimants in financial hardship or with low digital literacy are hit hardest. Each impact assessment names these groups, and its measures are tracked to completion by the AIMS manager.',
  'A.5.5':
    'Ranking claims from poorer postcodes as less urgent would widen existing inequalities, and fraud losses raise premiums for everyone. The impact assessments weigh these wider effects against the benefits, and the energy use the reinsurer asks about is to be reported in the annual AIMS report.',
  'A.6.1.2':
    'The AI policy commits us to testing models for unfair outcomes before release and every quarter, and policyholders expect fair and timely claim decisions. Development work is steered by our AI objectives, among them keeping the demographic parity gap of the claims triage assistant at or below 2 points.',
  'A.6.1.3':
    'We build our own models, and the claims correspondence language model is still in development, so design work has to follow one route from idea to release. At its annual review the AI system lifecycle procedure was changed to require requirements and design records before training; the impact assessment procedure is still in draft.',
  'A.6.2.2':
    'The risk that the customer support chatbot states policy terms that are not in the policy showed we must set down what each system may and may not do before it is built. The chatbot is being changed to answer only from the indexed policy wording and to refuse otherwise.',
  'A.6.2.3':
    'As provider of the high-risk claims triage assistant we must be able to show how it was built, and our two data scientists need records a colleague or the ML operations partner can follow. Design and development records are kept for each model version, as the lifecycle procedure requires.',
  'A.6.2.4':
    'Postcode bias in the claims triage assistant was one of our highest risks. Every triage release is validated against accuracy and fairness thresholds, as in the validation report for triage v3, fairness is tested each quarter, and each weekly fraud pattern detector update is checked against a held-out set before release.',
  'A.6.2.5':
    'A faulty release of the triage or fraud model would reach hundreds of claims in a day, and the chatbot is currently being rolled out. Each release needs a recorded go decision from validation and a completed deployment checklist with monitoring and a tested rollback in place.',
  'A.6.2.6':
    'The fraud pattern detector drifts as fraud patterns change, and our acceptance of that risk relies on drift being watched. Data science issues the monthly drift report, which triggers retraining, chatbot transcripts are sampled weekly, and the ML operations partner covers monitoring when the team is short.',
  'A.6.2.7':
    'The reinsurance treaty (clause 14.2) requires us to document and explain automated claim handling on request, and the EU AI Act requires technical documentation for the claims triage assistant. The technical documentation of every in-scope system is listed on one wiki page, kept by data science.',
  'A.6.2.8':
    'GDPR Art. 22 safeguards and incident investigation both depend on showing what each system suggested and what the handler or investigator then decided. Event logs are switched on for every in-scope system in production and kept for 12 months, as the deployment checklist confirms.',
  'A.7.2':
    'The claims triage assistant learns from five years of claims history, the fraud pattern detector from investigators’ verdicts and the correspondence model from approved letters, all containing personal data. Data science manages these datasets under the lifecycle procedure, so each model version can be traced to the data it was trained on.',
  'A.7.4':
    'The postcode bias in claims triage came from the training data, and claims handlers and policyholders rely on the results. Gaps and label quality are checked every quarter, postcode-derived features were removed and the training data reweighted, and the data quality and provenance review records the results.',
  'A.7.5':
    'Triage training snapshots were kept longer than the retention schedule allows, a GDPR storage-limitation risk now closed. We record where each training dataset comes from and when it was taken, so that data can be traced and purged on time; snapshots older than five years are now deleted automatically.',
  'A.7.6':
    'How data is prepared changes what the models learn: postcode-derived features had to be removed and the claims data reweighted to treat the triage fairness risk. Data science records each preparation step, including the removal of personal data from approved letters before the correspondence model is fine-tuned.',
  'A.8.2':
    'Claims handlers need to know what the triage score means and when to override it, and customers must be told when they are talking to an AI system (EU AI Act Art. 50). The chatbot says so and offers a person on every page, and the customer information notice explains how AI assists with claims.',
  'A.8.3':
    'Policyholders expect fair claim decisions and explanations of automated support on request, so they need a way to tell us when an AI system has treated them badly. Reports come in through the customer service ticket system and the chatbot hand-over, and the AIMS manager reviews each one.',
  'A.8.4':
    'A fault in claims triage or a leak of claim data through the correspondence model would have to be reported to the financial regulator and to those affected. The incident reporting drill, based on a triage data feed failure, tested reporting within the agreed window and raised two follow-up actions.',
  'A.8.5':
    'The reinsurer wants the energy use of our AI systems each year and the reinsurance treaty requires explanations of automated claim handling on request. We still have to list what we must report about our AI systems and to whom; the AIMS manager will draw this up with Legal.',
  'A.9.2':
    'GDPR Art. 22 and our AI policy both require that a person takes or confirms every decision on a claim. Claims handlers confirm each triage suggestion and investigators decide every fraud flag; the monthly responsible use monitoring log checks this in practice and follows up overrides without a reason.',
  'A.9.3':
    'The claims director wants evidence that the triage supports handlers rather than deciding for them. Our objective “Claims handlers use the triage responsibly” is reviewed twice a year against the override guidance; responsible-use objectives for the chatbot and the fraud pattern detector are still to be set.',
  'A.9.4':
    'Each impact assessment names a foreseeable misuse, such as delaying a claim on the triage score alone, refusing a flagged claim without investigation or sending a draft letter unreviewed. Each system is used only for its recorded purpose, and the monthly responsible use checks look for use beyond it.',
  'A.10.2':
    'Our AI systems rely on Group IT for hosting, an external vendor for the chatbot’s language model, an ML operations partner and an open-weight model publisher. The roles and responsibilities matrix and each contract state who does what over the life cycle, including who is told of incidents and model changes.',
  'A.10.3':
    'The vendor language model behind the correspondence tool sends claim data outside the EU, and its acceptance has lapsed while an EU-hosted model is procured. The review of AI clauses in the contracts of our four AI suppliers added incident notification, notice of model changes and audit rights.',
  'A.10.4':
    'We offer the customer support chatbot to policyholders under the Northwind name and release the correspondence model to group companies, who build their own assistants on it. The chatbot’s information page tells policyholders what it can and cannot answer; the group companies’ terms of use, setting out the model’s intended uses and limits, are still in draft.',
};
