// The probe engine's public face, shared by the HTTP server, the CLI and the native helper (issue 7).
//
//   resolveTarget(request: ProbeRequest, options: EngineOptions): Promise<Result<Target, Refusal>>
//     Validates host/port/security, resolves the name ONCE and checks every address (guard.ts).
//     A refusal opens no connection; Refusal = { code, message: Msg } (render with a Translate).
//
//   probeTarget(target: Target, options: EngineOptions): AsyncGenerator<StageResult, Verdict>
//     Runs the stages dns, tcp, tls, greeting, ehlo, starttls, ehlo-after-tls, auth-offered,
//     [auth], relay, quit (then recipient-mx, recipient-mx-greeting when request.domain is set),
//     yielding one StageResult per stage and returning the Verdict. Never sends DATA.
//     security "auto" first tries the allowed ports in parallel (stage "discover" per try).
//
//   runProbe(request, options): AsyncGenerator<StageResult, Verdict>
//     resolveTarget + probeTarget; a refusal becomes one failed "dns" stage.
//
//   discoverSettings(domain: string, options: EngineOptions): AsyncGenerator<StageResult, Verdict>
//     Candidates from SRV (_submissions._tcp, _submission._tcp), MX, smtp./mail./bare domain,
//     each tried on 465 ssl, 587/25/2525 starttls in parallel; one "discover" stage per try.
//
//   renderStage(r: StageResult, t: Translate): ProbeStageEvent   (the CLI --json line shape)
//   renderWireStage(r, t): ProbeStageEvent   (the same plus failure and certificate: server and helper)
//   renderVerdict(v: Verdict, t: Translate): ProbeVerdict
//   loadTranslate(lang: string): Translate    (public/_locales/<lang>/messages.json)
//   defaultEngineOptions(overrides?: Partial<EngineOptions>): EngineOptions
//
// EngineOptions (options.ts): policy {ports, allowPrivate, allowedNetworks}, stageTimeoutMs,
// probeTimeoutMs (one hard deadline for the whole probe), tryTimeoutMs (per discovery try),
// maxReplyBytes, ehloName, relayFrom, relayTo, mxPort, vantage 'server'|'client', resolver,
// trustedCa?, credentials? (CLI/helper only: never the server), messageBytes?, signal?.
export type {
  CauseState, CertificateReport, FailureCode, ProbeRequest, Recommended, Result, Security,
  SecurityChoice, StageName, StageResult, Verdict,
} from './types.ts';
export type { EngineOptions, GuardPolicy, Credentials } from './options.ts';
export { defaultEngineOptions, DEFAULT_PORTS } from './options.ts';
export type { Target, Refusal } from './target.ts';
export { resolveTarget } from './target.ts';
export { probeTarget, runProbe } from './probe.ts';
export { discoverSettings } from './discovery.ts';
export { renderStage, renderVerdict, renderWireStage } from './render.ts';
export { loadTranslate } from '../node/catalogue.ts';
