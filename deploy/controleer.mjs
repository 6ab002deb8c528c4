#!/usr/bin/env node
// Checks the deployment files without a cluster or a container engine (run by .ci/run):
// - every Kubernetes overlay renders (`kubectl kustomize`) and keeps the rules below;
// - the compose file is consistent with the image, the secrets script and the realm.
// Exits 1 with one line per finding. `node deploy/controleer.mjs`
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CORE_SCHEMA, load, loadAll, mergeTag } from 'js-yaml';

const deploy = dirname(fileURLToPath(import.meta.url));
const root = resolve(deploy, '..');
const fouten = [];
const fout = (waar, wat) => fouten.push(`${waar}: ${wat}`);

// Settings Schakel knows (libs/platform/src/config/app-config.ts), to catch typos in config.
const instellingen = new Set(
  [
    ...readFileSync(join(root, 'libs/platform/src/config/app-config.ts'), 'utf8').matchAll(
      /^ {2}([A-Z][A-Z0-9_]+)\??(?: =|:)/gm,
    ),
  ].map((m) => m[1]),
);
instellingen.add('SCHAKEL_ROL');
const GEHEIM = /(KEY|SECRET|PASSWORD|TOKEN|DATABASE_URL)/;

// ---- Kubernetes ----
const overlays = readdirSync(join(deploy, 'kubernetes/overlays'));
if (overlays.length < 2) fout('kubernetes/overlays', 'expected an overlay per environment');
for (const overlay of overlays) {
  const waar = `kubernetes/overlays/${overlay}`;
  let docs;
  try {
    const yaml = execFileSync('kubectl', ['kustomize', join(deploy, waar)], { encoding: 'utf8' });
    docs = loadAll(yaml).filter(Boolean);
  } catch (err) {
    fout(waar, `does not render: ${err.message.split('\n')[0]}`);
    continue;
  }
  const soort = (k) => docs.filter((d) => d.kind === k);
  const naam = (k, n) => docs.find((d) => d.kind === k && d.metadata.name === n);
  if (soort('Secret').length > 0) fout(waar, 'creates a Secret: secrets are referenced only');
  const ns = new Set(docs.map((d) => d.metadata.namespace));
  if (ns.size !== 1 || ns.has(undefined)) fout(waar, 'every object needs the overlay namespace');

  const config = naam('ConfigMap', 'schakel-config');
  for (const k of Object.keys(config?.data ?? {})) {
    if (!instellingen.has(k) && k !== 'AUDIT_LOG_VERIFIER_KEY') fout(waar, `unknown setting ${k}`);
    if (GEHEIM.test(k) && k !== 'AUDIT_LOG_VERIFIER_KEY') fout(waar, `${k} belongs in a Secret`);
  }

  const workloads = [...soort('Deployment'), ...soort('StatefulSet')];
  for (const w of workloads) {
    const pod = w.spec.template.spec;
    const plek = `${waar} ${w.kind}/${w.metadata.name}`;
    if (pod.automountServiceAccountToken !== false) fout(plek, 'mounts a service-account token');
    if (pod.securityContext?.runAsNonRoot !== true) fout(plek, 'may run as root');
    const sel = w.spec.selector.matchLabels;
    const labels = w.spec.template.metadata.labels;
    for (const [k, v] of Object.entries(sel)) {
      if (labels[k] !== v) fout(plek, `selector ${k}=${v} does not match its pods`);
    }
    for (const c of pod.containers) {
      const cp = `${plek} container ${c.name}`;
      if (!c.readinessProbe) fout(cp, 'no readinessProbe');
      if (w.kind === 'Deployment' && !c.livenessProbe) fout(cp, 'no livenessProbe');
      if (!c.resources?.requests?.memory || !c.resources?.limits?.memory) {
        fout(cp, 'needs memory requests and limits');
      }
      const sc = c.securityContext ?? {};
      if (sc.readOnlyRootFilesystem !== true) fout(cp, 'root filesystem is writable');
      if (sc.allowPrivilegeEscalation !== false) fout(cp, 'allows privilege escalation');
      if (!sc.capabilities?.drop?.includes('ALL')) fout(cp, 'keeps capabilities');
      for (const e of c.env ?? []) {
        if (!instellingen.has(e.name)) fout(cp, `unknown setting ${e.name}`);
        if (GEHEIM.test(e.name) && !e.valueFrom?.secretKeyRef) {
          fout(cp, `${e.name} must come from a Secret (secretKeyRef)`);
        }
      }
      if (!c.envFrom?.some((f) => f.configMapRef?.name === 'schakel-config')) {
        fout(cp, 'does not read schakel-config');
      }
    }
  }
  const rol = (n) =>
    naam('Deployment', n)?.spec.template.spec.containers[0].env.find(
      (e) => e.name === 'SCHAKEL_ROL',
    )?.value;
  if (rol('schakel-api') !== 'api') fout(waar, 'schakel-api must run SCHAKEL_ROL=api');
  if (rol('schakel-worker') !== 'worker') fout(waar, 'schakel-worker must run SCHAKEL_ROL=worker');
  const image = (n) => naam('Deployment', n)?.spec.template.spec.containers[0].image;
  if (!image('schakel-api') || image('schakel-api') !== image('schakel-worker')) {
    fout(waar, 'API and worker must run the same image');
  }

  const podsVan = (selector) =>
    workloads.filter((w) =>
      Object.entries(selector).every(([k, v]) => w.spec.template.metadata.labels[k] === v),
    );
  for (const s of soort('Service')) {
    if (s.spec.selector && podsVan(s.spec.selector).length === 0) {
      fout(waar, `Service/${s.metadata.name} selects no pods`);
    }
  }
  for (const p of soort('PodDisruptionBudget')) {
    if (podsVan(p.spec.selector.matchLabels).length !== 1) {
      fout(waar, `PodDisruptionBudget/${p.metadata.name} must select one workload`);
    }
  }
  for (const h of soort('HorizontalPodAutoscaler')) {
    const doel = naam(h.spec.scaleTargetRef.kind, h.spec.scaleTargetRef.name);
    if (!doel) fout(waar, `HorizontalPodAutoscaler/${h.metadata.name} targets nothing`);
    if (h.spec.minReplicas > h.spec.maxReplicas) fout(waar, 'HPA minReplicas above maxReplicas');
  }
  if (soort('HorizontalPodAutoscaler').length === 0) fout(waar, 'the API needs an HPA');
  const weiger = soort('NetworkPolicy').find(
    (n) => Object.keys(n.spec.podSelector).length === 0 && !n.spec.ingress && !n.spec.egress,
  );
  if (!weiger) fout(waar, 'no default-deny NetworkPolicy');

  const clusters = soort('Cluster');
  if (clusters.length !== 1) fout(waar, 'expected one CloudNativePG Cluster');
  for (const c of clusters) {
    if (overlay !== 'test' && c.spec.instances < 2) fout(waar, 'the database needs replicas');
    if (!c.spec.backup?.barmanObjectStore) fout(waar, 'the database has no backups');
    if (!soort('ScheduledBackup').some((b) => b.spec.cluster.name === c.metadata.name)) {
      fout(waar, 'no ScheduledBackup for the database');
    }
    for (const w of soort('Deployment')) {
      const url = w.spec.template.spec.containers[0].env.find((e) => e.name === 'DATABASE_URL');
      if (url?.valueFrom?.secretKeyRef?.name !== `${c.metadata.name}-app`) {
        fout(waar, `${w.metadata.name} must take DATABASE_URL from ${c.metadata.name}-app`);
      }
    }
  }
  const witnesses = config?.data?.AUDIT_WITNESSES;
  if (overlay === 'productie' && !witnesses) fout(waar, 'production needs partner witnesses');
  for (const w of (witnesses ?? '').split(',').filter(Boolean)) {
    if (!w.trim().startsWith('https://')) fout(waar, 'witnesses must be https');
  }
}

// ---- compose ----
// Compose files use YAML merge keys (<<) for what api and worker share.
const compose = load(readFileSync(join(deploy, 'compose.yaml'), 'utf8'), {
  schema: CORE_SCHEMA.withTags(mergeTag),
});
const sleutels = execFileSync(process.execPath, [join(deploy, 'sleutels.mjs')], {
  encoding: 'utf8',
});
const gemaakt = new Set(
  sleutels
    .split('\n')
    .filter((r) => /^[A-Z_]+=/.test(r))
    .map((r) => r.split('=')[0]),
);
const tekst = readFileSync(join(deploy, 'compose.yaml'), 'utf8');
for (const [, v] of tekst.matchAll(/\$\{([A-Z_]+)[:?}]/g)) {
  if (!gemaakt.has(v)) fout('compose.yaml', `\${${v}} is not made by sleutels.mjs`);
}
const { api, worker, keycloak, postgres } = compose.services ?? {};
if (!api || !worker || !keycloak || !postgres) {
  fout('compose.yaml', 'needs postgres, keycloak, api and worker');
} else {
  if (api.image !== worker.image || JSON.stringify(api.build) !== JSON.stringify(worker.build)) {
    fout('compose.yaml', 'api and worker must be one image');
  }
  if (api.environment.SCHAKEL_ROL !== 'api') fout('compose.yaml', 'api must run SCHAKEL_ROL=api');
  if (worker.environment.SCHAKEL_ROL !== 'worker') {
    fout('compose.yaml', 'worker must run SCHAKEL_ROL=worker');
  }
  for (const [n, s] of Object.entries(compose.services)) {
    for (const k of Object.keys(s.environment ?? {})) {
      if (['api', 'worker'].includes(n) && !instellingen.has(k)) {
        fout('compose.yaml', `${n}: unknown setting ${k}`);
      }
    }
    for (const v of s.volumes ?? []) {
      const bron = String(v).split(':')[0];
      if (bron.startsWith('.') && !existsSync(join(deploy, bron))) {
        fout('compose.yaml', `${n}: ${bron} does not exist`);
      } else if (!bron.startsWith('.') && !(bron in (compose.volumes ?? {}))) {
        fout('compose.yaml', `${n}: volume ${bron} is not declared`);
      }
    }
  }
  const realmBestand = keycloak.volumes
    .map((v) => v.split(':')[0])
    .find((b) => b.endsWith('.json'));
  const realm = JSON.parse(readFileSync(join(deploy, realmBestand), 'utf8'));
  const issuer = `${keycloak.environment.KC_HOSTNAME}/realms/${realm.realm}`;
  if (api.environment.OIDC_ISSUER !== issuer) {
    fout('compose.yaml', `OIDC_ISSUER must be ${issuer}, the issuer browsers see`);
  }
  const host = new URL(keycloak.environment.KC_HOSTNAME).hostname;
  if (!keycloak.networks?.default?.aliases?.includes(host)) {
    fout('compose.yaml', `keycloak needs the network alias ${host}, so the API sees one issuer`);
  }
  for (const [, v] of JSON.stringify(realm).matchAll(/\$\{([A-Z_]+)\}/g)) {
    if (!(v in keycloak.environment) && !gemaakt.has(v)) {
      fout('compose.yaml', `keycloak: the realm needs ${v}`);
    }
  }
}

if (fouten.length > 0) {
  for (const f of fouten) console.error(f);
  process.exit(1);
}
console.log(
  `deploy: ${overlays.length} overlays render and keep the rules; compose, secrets and realm agree`,
);
