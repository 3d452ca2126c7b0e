"""Structure of the deployment files: deploy/, docker-compose.yml and .dockerignore.

No Docker engine or cluster is needed. Each file is parsed (pyyaml, json, a small
Dockerfile reader) and checked on its own and against the files it must agree
with: the port the image EXPOSEs, the one Prometheus scrapes and the one the k8s
probes hit; the service names compose resolves; the paths it mounts; the metric
names the dashboard and the alert rules query.
"""

from __future__ import annotations

import fnmatch
import json
import re
from functools import cache
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parents[2]
DEPLOY = ROOT / "deploy"
DOCKERFILE = DEPLOY / "Dockerfile"
COMPOSE = ROOT / "docker-compose.yml"
PROMETHEUS = DEPLOY / "prometheus"
GRAFANA = DEPLOY / "grafana"
K8S = DEPLOY / "k8s"

METRIC_PREFIXES = ("monitor_", "faust_")
ALLOWED_PLAIN_METRICS = {"up"}
# The worker's own metrics, as exposed (counters with _total, histograms with _bucket).
WORKER_METRICS = {
    "monitor_articles_consumed_total",
    "monitor_articles_processed_total",
    "monitor_articles_rejected_total",
    "monitor_country_mentions_total",
    "monitor_signals_total",
    "monitor_alerts_total",
    "monitor_stage_seconds_bucket",
    "monitor_end_to_end_seconds_bucket",
    "monitor_batch_size_bucket",
}


# --- readers -------------------------------------------------------------------------


def load_yaml(path: Path) -> Any:
    return yaml.safe_load(path.read_text(encoding="utf-8"))


@cache
def compose() -> dict[str, Any]:
    return load_yaml(COMPOSE)


def service(name: str) -> dict[str, Any]:
    return compose()["services"][name]


def environment(svc: dict[str, Any]) -> dict[str, str]:
    """A compose `environment:` as a dict, whether written as a mapping or a list."""
    env = svc.get("environment") or {}
    if isinstance(env, list):
        env = dict(item.split("=", 1) for item in env)
    return {key: str(value) for key, value in env.items()}


def published_ports(svc: dict[str, Any]) -> list[tuple[str, int, int]]:
    """(host ip, host port, container port) for each short-syntax `ports:` entry."""
    result = []
    for entry in svc.get("ports", []):
        parts = str(entry).split(":")
        ip = parts[0] if len(parts) == 3 else ""
        host, container = parts[-2], parts[-1].split("/")[0]
        result.append((ip, int(host), int(container)))
    return result


def bind_mounts(svc: dict[str, Any]) -> list[tuple[str, str]]:
    """(host source, container target) of each bind mount; named volumes are skipped."""
    mounts = []
    for entry in svc.get("volumes", []):
        source, target = str(entry).split(":")[:2]
        if source.startswith((".", "/")):
            mounts.append((source, target))
    return mounts


def dockerfile_instructions() -> list[tuple[str, str]]:
    """(INSTRUCTION, arguments) pairs, continuation lines joined, comments dropped."""
    logical, pending = [], ""
    for line in DOCKERFILE.read_text(encoding="utf-8").splitlines():
        stripped = line.strip()
        if not pending and (not stripped or stripped.startswith("#")):
            continue
        if stripped.endswith("\\"):
            pending += stripped[:-1] + " "
            continue
        logical.append(pending + stripped)
        pending = ""
    return [(text.split(None, 1)[0].upper(), text.split(None, 1)[1]) for text in logical]


def base_images() -> list[str]:
    """Each stage's FROM image, with global ARG defaults (those before the first FROM) applied."""
    instructions = dockerfile_instructions()
    first_from = [op for op, _ in instructions].index("FROM")
    defaults = dict(
        re.findall(
            r"(\w+)=(\S+)", " ".join(args for op, args in instructions[:first_from] if op == "ARG")
        )
    )
    return [
        re.sub(r"\$\{?(\w+)\}?", lambda m: defaults[m.group(1)], args.split()[0])
        for op, args in instructions
        if op == "FROM"
    ]


def copied_sources() -> list[str]:
    """Build-context paths the Dockerfile COPYs (copies from other stages left out)."""
    return [
        src
        for op, args in dockerfile_instructions()
        if op == "COPY" and "--from" not in args
        for src in args.split()[:-1]
    ]


def final_stage() -> list[tuple[str, str]]:
    instructions = dockerfile_instructions()
    last_from = max(i for i, (op, _) in enumerate(instructions) if op == "FROM")
    return instructions[last_from:]


def exposed_ports() -> set[int]:
    return {
        int(port.split("/")[0])
        for op, args in final_stage()
        if op == "EXPOSE"
        for port in args.split()
    }


def image_env() -> dict[str, str]:
    env: dict[str, str] = {}
    for op, args in final_stage():
        if op == "ENV":
            env.update(dict(re.findall(r"(\w+)=(\S+)", args)))
    return env


def dashboard() -> dict[str, Any]:
    return json.loads((GRAFANA / "dashboards" / "news-monitor.json").read_text(encoding="utf-8"))


def dashboard_panels() -> list[dict[str, Any]]:
    """Every panel, including those nested in collapsed rows."""
    panels = []
    for panel in dashboard()["panels"]:
        panels.append(panel)
        panels.extend(panel.get("panels", []))
    return panels


def dashboard_exprs() -> list[str]:
    return [t["expr"] for p in dashboard_panels() for t in p.get("targets", [])]


def alert_rules() -> list[dict[str, Any]]:
    groups = load_yaml(PROMETHEUS / "alerts.yml")["groups"]
    return [rule for group in groups for rule in group["rules"]]


def k8s(name: str) -> dict[str, Any]:
    return load_yaml(K8S / name)


def worker_container() -> dict[str, Any]:
    return k8s("deployment.yaml")["spec"]["template"]["spec"]["containers"][0]


def scrape_target(config: str, job: str = "news-monitor") -> tuple[str, int]:
    jobs = {j["job_name"]: j for j in load_yaml(PROMETHEUS / config)["scrape_configs"]}
    (target,) = [t for sc in jobs[job]["static_configs"] for t in sc["targets"]]
    host, port = target.rsplit(":", 1)
    return host, int(port)


_PROMQL_KEYWORDS = {
    "by",
    "without",
    "on",
    "ignoring",
    "group_left",
    "group_right",
    "bool",
    "and",
    "or",
    "unless",
    "offset",
    "inf",
    "nan",
}


def metric_names(expr: str) -> set[str]:
    """Metric names a PromQL expression selects (functions, labels and keywords left out)."""
    text = re.sub(r'"(?:[^"\\]|\\.)*"', '""', expr)  # string literals
    text = re.sub(r"\$\{?\w+\}?", "", text)  # Grafana variables
    text = re.sub(r"\{[^}]*\}|\[[^\]]*\]", "", text)  # label matchers, range windows
    text = re.sub(r"\b(?:by|without|on|ignoring|group_left|group_right)\s*\([^)]*\)", "", text)
    names = set()
    for match in re.finditer(r"(?<![\w.])[A-Za-z_:][\w:]*", text):
        is_call = text[match.end() :].lstrip().startswith("(")
        if not is_call and match.group().lower() not in _PROMQL_KEYWORDS:
            names.add(match.group())
    return names


def foreign_metrics(exprs: list[str]) -> set[str]:
    names = set().union(*(metric_names(e) for e in exprs))
    return {n for n in names if not (n.startswith(METRIC_PREFIXES) or n in ALLOWED_PLAIN_METRICS)}


# --- the PromQL reader the metric checks rely on ---------------------------------------


class TestMetricNames:
    def test_finds_the_metric_inside_functions_aggregations_and_matchers(self) -> None:
        expr = (
            "histogram_quantile(0.95, sum by (le, stage) "
            '(rate(monitor_stage_seconds_bucket{job="x"}[$__rate_interval])))'
        )
        assert metric_names(expr) == {"monitor_stage_seconds_bucket"}

    def test_finds_both_sides_of_a_binary_expression(self) -> None:
        expr = "sum(rate(a_total[5m])) / sum(rate(b_total[5m])) > 1e3"
        assert metric_names(expr) == {"a_total", "b_total"}


# --- deploy/Dockerfile -----------------------------------------------------------------


class TestDockerfile:
    def test_copies_what_the_package_symlinks_point_at(self) -> None:
        links = [p for p in (ROOT / "monitor").rglob("*") if p.is_symlink()]
        targets = [str(p.resolve().relative_to(ROOT)) for p in links]
        copied = copied_sources()
        assert targets and all(any(t == c or t.startswith(c + "/") for c in copied)
                               for t in targets)

    def test_every_stage_is_based_on_python_311_slim(self) -> None:
        assert set(base_images()) == {"python:3.11-slim"}

    def test_runs_from_a_stage_fed_by_a_separate_build_stage(self) -> None:
        assert len(base_images()) >= 2
        assert any("from=build" in args for op, args in final_stage() if op in {"COPY", "RUN"})

    def test_runs_as_a_non_root_user(self) -> None:
        users = [a.split(":")[0] for op, a in final_stage() if op == "USER"]
        assert users and users[-1] not in {"root", "0"}

    def test_exposes_the_metrics_port_6066(self) -> None:
        assert exposed_ports() == {6066}

    def test_entrypoint_is_monitor_and_default_command_is_worker(self) -> None:
        ops = dict(final_stage())
        assert json.loads(ops["ENTRYPOINT"]) == ["monitor"]
        assert json.loads(ops["CMD"]) == ["worker"]

    def test_listens_on_all_interfaces_and_logs_json(self) -> None:
        env = image_env()
        assert env["MONITOR_WEB_HOST"] == "0.0.0.0"
        assert env["MONITOR_LOG_FORMAT"] == "json"

    def test_healthcheck_probes_healthz_with_urllib(self) -> None:
        (check,) = [a for op, a in final_stage() if op == "HEALTHCHECK"]
        assert "urllib" in check and "/healthz" in check and "curl" not in check

    def test_copies_only_sources_that_exist(self) -> None:
        assert copied_sources()
        assert [s for s in copied_sources() if not (ROOT / s).exists()] == []


# --- .dockerignore ---------------------------------------------------------------------


def dockerignore_patterns() -> list[str]:
    lines = (ROOT / ".dockerignore").read_text(encoding="utf-8").splitlines()
    return [line.strip() for line in lines if line.strip() and not line.startswith("#")]


def is_ignored(path: str) -> bool:
    parts = Path(path).parts
    prefixes = ["/".join(parts[: i + 1]) for i in range(len(parts))]
    patterns = {
        p for pattern in dockerignore_patterns() for p in (pattern, pattern.removeprefix("**/"))
    }
    return any(fnmatch.fnmatch(prefix, pattern) for pattern in patterns for prefix in prefixes)


class TestDockerignore:
    def test_keeps_venv_git_caches_build_output_and_tests_out_of_the_context(self) -> None:
        for path in [
            ".venv",
            ".git",
            "monitor/__pycache__",
            ".pytest_cache",
            ".mypy_cache",
            "build",
            "dist",
            "tests",
            "deploy/k8s",
        ]:
            assert is_ignored(path), path

    def test_keeps_every_file_the_dockerfile_copies(self) -> None:
        assert [s for s in copied_sources() if is_ignored(s)] == []


# --- docker-compose.yml ----------------------------------------------------------------


class TestDockerCompose:
    def test_defines_kafka_monitor_prometheus_and_grafana(self) -> None:
        assert set(compose()["services"]) >= {"kafka", "monitor", "prometheus", "grafana"}

    def test_monitor_builds_from_deploy_dockerfile_with_the_repo_root_as_context(self) -> None:
        build = service("monitor")["build"]
        assert (COMPOSE.parent / build["context"]).resolve() == ROOT
        assert (ROOT / build["context"] / build["dockerfile"]).resolve() == DOCKERFILE

    def test_binds_every_published_port_to_localhost_only(self) -> None:
        ports = [p for svc in compose()["services"].values() for p in published_ports(svc)]
        assert ports
        assert [p for p in ports if p[0] != "127.0.0.1"] == []

    def test_kafka_is_an_apache_kafka_4_image(self) -> None:
        assert re.fullmatch(r"apache/kafka:4\.\d+\.\d+", service("kafka")["image"])

    def test_kafka_is_a_single_kraft_node_acting_as_broker_and_controller(self) -> None:
        env = environment(service("kafka"))
        assert set(env["KAFKA_PROCESS_ROLES"].split(",")) == {"broker", "controller"}
        assert env["KAFKA_CONTROLLER_QUORUM_VOTERS"] == f"{env['KAFKA_NODE_ID']}@kafka:9093"
        assert not any("ZOOKEEPER" in key for key in env)

    def test_kafka_internal_topics_fit_one_broker(self) -> None:
        env = environment(service("kafka"))
        for key in [
            "KAFKA_OFFSETS_TOPIC_REPLICATION_FACTOR",
            "KAFKA_TRANSACTION_STATE_LOG_REPLICATION_FACTOR",
            "KAFKA_TRANSACTION_STATE_LOG_MIN_ISR",
            "KAFKA_MIN_INSYNC_REPLICAS",
        ]:
            assert env[key] == "1", key
        assert env["KAFKA_GROUP_INITIAL_REBALANCE_DELAY_MS"] == "0"

    def test_kafka_external_listener_is_published_on_host_port_9094(self) -> None:
        env = environment(service("kafka"))
        assert "EXTERNAL://127.0.0.1:9094" in env["KAFKA_ADVERTISED_LISTENERS"].split(",")
        assert ("127.0.0.1", 9094, 9094) in published_ports(service("kafka"))

    def test_kafka_healthcheck_asks_the_broker_for_api_versions(self) -> None:
        test = " ".join(service("kafka")["healthcheck"]["test"])
        assert "/opt/kafka/bin/kafka-broker-api-versions.sh" in test

    def test_monitor_broker_is_the_kafka_inter_broker_listener(self) -> None:
        kafka = environment(service("kafka"))
        advertised = kafka["KAFKA_ADVERTISED_LISTENERS"].split(",")
        listeners = dict(listener.split("://") for listener in advertised)
        internal = listeners[kafka["KAFKA_INTER_BROKER_LISTENER_NAME"]]
        assert environment(service("monitor"))["MONITOR_BROKER"] == f"kafka://{internal}"

    def test_monitor_starts_after_kafka_is_healthy(self) -> None:
        assert service("monitor")["depends_on"]["kafka"]["condition"] == "service_healthy"

    def test_monitor_publishes_the_port_the_image_exposes(self) -> None:
        assert {c for _, _, c in published_ports(service("monitor"))} == exposed_ports()

    def test_every_bind_mounted_path_exists_in_the_repo(self) -> None:
        sources = [s for svc in compose()["services"].values() for s, _ in bind_mounts(svc)]
        assert sources
        assert [s for s in sources if not (COMPOSE.parent / s).exists()] == []

    def test_prometheus_mounts_its_config_and_alert_rules(self) -> None:
        targets = dict(bind_mounts(service("prometheus")))
        assert targets["./deploy/prometheus/prometheus.yml"] == "/etc/prometheus/prometheus.yml"
        assert targets["./deploy/prometheus/alerts.yml"] == "/etc/prometheus/alerts.yml"

    def test_grafana_lets_anonymous_users_view(self) -> None:
        env = environment(service("grafana"))
        assert env["GF_AUTH_ANONYMOUS_ENABLED"] == "true"
        assert env["GF_AUTH_ANONYMOUS_ORG_ROLE"] == "Viewer"


# --- deploy/prometheus -----------------------------------------------------------------


class TestPrometheusConfig:
    def test_scrapes_the_monitor_service_on_the_port_the_image_exposes(self) -> None:
        host, port = scrape_target("prometheus.yml")
        assert host == "monitor" and host in compose()["services"]
        assert port in exposed_ports()

    def test_scrapes_the_worker_every_5_seconds(self) -> None:
        (job,) = load_yaml(PROMETHEUS / "prometheus.yml")["scrape_configs"]
        assert job["job_name"] == "news-monitor" and job["scrape_interval"] == "5s"

    def test_loads_rule_files_that_exist(self) -> None:
        rule_files = load_yaml(PROMETHEUS / "prometheus.yml")["rule_files"]
        assert rule_files == ["alerts.yml"] and (PROMETHEUS / "alerts.yml").is_file()


class TestPrometheusLocalConfig:
    def test_scrapes_the_worker_on_localhost_at_the_exposed_port(self) -> None:
        host, port = scrape_target("prometheus-local.yml")
        assert host == "127.0.0.1" and port in exposed_ports()

    def test_differs_from_the_compose_config_only_in_the_target(self) -> None:
        local, compose_cfg = (
            load_yaml(PROMETHEUS / n) for n in ["prometheus-local.yml", "prometheus.yml"]
        )
        for cfg in (local, compose_cfg):
            cfg["scrape_configs"][0].pop("static_configs")
        assert local == compose_cfg


class TestAlertRules:
    def test_covers_worker_down_dead_letters_latency_and_stall(self) -> None:
        used = set().union(*(metric_names(r["expr"]) for r in alert_rules()))
        assert used == {
            "up",
            "monitor_articles_rejected_total",
            "monitor_end_to_end_seconds_bucket",
            "monitor_articles_processed_total",
        }

    def test_queries_only_monitor_faust_or_up_metrics(self) -> None:
        assert foreign_metrics([r["expr"] for r in alert_rules()]) == set()

    def test_every_alert_has_a_severity_and_a_summary(self) -> None:
        for rule in alert_rules():
            assert rule["labels"]["severity"] in {"warning", "critical"}, rule["alert"]
            assert rule["annotations"]["summary"], rule["alert"]

    def test_every_alert_has_a_promtool_unit_test(self) -> None:
        tests = load_yaml(PROMETHEUS / "alerts.test.yml")["tests"]
        tested = {case["alertname"] for t in tests for case in t["alert_rule_test"]}
        assert tested == {rule["alert"] for rule in alert_rules()}


# --- deploy/grafana --------------------------------------------------------------------


class TestGrafanaDatasource:
    def test_is_prometheus_with_uid_prometheus_at_the_compose_service(self) -> None:
        path = GRAFANA / "provisioning" / "datasources" / "prometheus.yml"
        (source,) = load_yaml(path)["datasources"]
        assert source["type"] == "prometheus" and source["uid"] == "prometheus"
        assert source["url"] == "http://prometheus:9090"
        assert ("127.0.0.1", 9090, 9090) in published_ports(service("prometheus"))


class TestGrafanaDashboardProvider:
    def test_reads_dashboards_from_where_compose_mounts_them(self) -> None:
        path = GRAFANA / "provisioning" / "dashboards" / "dashboards.yml"
        (provider,) = load_yaml(path)["providers"]
        mounts = dict(bind_mounts(service("grafana")))
        assert provider["type"] == "file"
        assert provider["options"]["path"] == mounts["./deploy/grafana/dashboards"]
        assert mounts["./deploy/grafana/provisioning"] == "/etc/grafana/provisioning"


class TestDashboard:
    def test_uses_schema_version_39(self) -> None:
        assert dashboard()["schemaVersion"] == 39

    def test_every_panel_queries_the_prometheus_datasource_uid(self) -> None:
        panels = [p for p in dashboard_panels() if p["type"] != "row"]
        assert panels
        for panel in panels:
            assert panel["datasource"]["uid"] == "prometheus", panel["title"]
            assert {t["datasource"]["uid"] for t in panel["targets"]} == {"prometheus"}

    def test_panel_ids_are_unique(self) -> None:
        ids = [p["id"] for p in dashboard_panels()]
        assert len(ids) == len(set(ids))

    def test_queries_only_monitor_faust_or_up_metrics(self) -> None:
        assert foreign_metrics(dashboard_exprs()) == set()

    def test_charts_every_worker_metric_and_faust_messages(self) -> None:
        used = set().union(*(metric_names(e) for e in dashboard_exprs()))
        assert used >= WORKER_METRICS | {"faust_messages_received_total"}

    def test_stage_latency_quantiles_group_by_le_and_stage(self) -> None:
        stage = [e for e in dashboard_exprs() if "monitor_stage_seconds_bucket" in e]
        quantiles = {q for e in stage for q in re.findall(r"histogram_quantile\((0\.\d+)", e)}
        assert quantiles == {"0.5", "0.95"}
        assert all("sum by (le, stage) (rate(monitor_stage_seconds_bucket[" in e for e in stage)

    def test_top_countries_panel_shows_ten(self) -> None:
        assert any(
            e.startswith("topk(10,") and "monitor_country_mentions_total" in e
            for e in dashboard_exprs()
        )


# --- deploy/k8s ------------------------------------------------------------------------


class TestKustomization:
    def test_lists_only_files_that_exist(self) -> None:
        resources = k8s("kustomization.yaml")["resources"]
        assert set(resources) == {
            "namespace.yaml",
            "configmap.yaml",
            "deployment.yaml",
            "service.yaml",
        }
        assert [r for r in resources if not (K8S / r).is_file()] == []

    def test_every_listed_manifest_parses_as_a_kubernetes_object(self) -> None:
        for name in k8s("kustomization.yaml")["resources"]:
            manifest = k8s(name)
            assert manifest["apiVersion"] and manifest["kind"] and manifest["metadata"]["name"]

    def test_puts_everything_in_the_namespace_it_creates(self) -> None:
        assert k8s("kustomization.yaml")["namespace"] == k8s("namespace.yaml")["metadata"]["name"]


class TestConfigMap:
    def test_holds_only_monitor_settings(self) -> None:
        data = k8s("configmap.yaml")["data"]
        assert data and all(key.startswith("MONITOR_") for key in data)

    def test_sets_the_broker_and_a_port_the_container_declares(self) -> None:
        data = k8s("configmap.yaml")["data"]
        assert data["MONITOR_BROKER"].startswith("kafka://")
        declared = {p["containerPort"] for p in worker_container()["ports"]}
        assert int(data["MONITOR_WEB_PORT"]) in declared


class TestDeployment:
    def test_runs_the_news_monitor_latest_image(self) -> None:
        assert worker_container()["image"] == "news-monitor:latest"

    def test_takes_its_environment_from_the_configmap(self) -> None:
        refs = [e["configMapRef"]["name"] for e in worker_container()["envFrom"]]
        assert refs == [k8s("configmap.yaml")["metadata"]["name"]]

    def test_names_the_exposed_port_metrics(self) -> None:
        ports = {p["name"]: p["containerPort"] for p in worker_container()["ports"]}
        assert ports == {"metrics": 6066} and set(ports.values()) == exposed_ports()

    def test_probes_healthz_on_the_container_port(self) -> None:
        container = worker_container()
        names = {p["name"]: p["containerPort"] for p in container["ports"]}
        probes = [
            container[k]
            for k in ("startupProbe", "readinessProbe", "livenessProbe")
            if k in container
        ]
        assert {"readinessProbe", "livenessProbe"} <= set(container)
        for probe in probes:
            port = probe["httpGet"]["port"]
            assert names.get(port, port) in names.values()
            assert probe["httpGet"]["path"] == "/healthz"

    def test_runs_as_the_image_user_with_a_read_only_root_filesystem(self) -> None:
        pod = k8s("deployment.yaml")["spec"]["template"]["spec"]
        image_user = [a for op, a in final_stage() if op == "USER"][-1].split(":")[0]
        assert pod["securityContext"]["runAsNonRoot"] is True
        assert str(pod["securityContext"]["runAsUser"]) == image_user
        context = worker_container()["securityContext"]
        assert context["readOnlyRootFilesystem"] is True
        assert context["allowPrivilegeEscalation"] is False

    def test_mounts_writable_volumes_on_the_working_directory_and_tmp(self) -> None:
        workdir = [a for op, a in final_stage() if op == "WORKDIR"][-1]
        assert {m["mountPath"] for m in worker_container()["volumeMounts"]} >= {workdir, "/tmp"}

    def test_requests_and_limits_cpu_and_memory(self) -> None:
        resources = worker_container()["resources"]
        for kind in ("requests", "limits"):
            assert set(resources[kind]) == {"cpu", "memory"}, kind

    def test_asks_prometheus_to_scrape_the_metrics_port(self) -> None:
        notes = k8s("deployment.yaml")["spec"]["template"]["metadata"]["annotations"]
        assert notes["prometheus.io/scrape"] == "true"
        assert int(notes["prometheus.io/port"]) in exposed_ports()
        assert notes["prometheus.io/path"] == "/metrics"


class TestService:
    def test_selects_the_deployment_pods(self) -> None:
        labels = k8s("deployment.yaml")["spec"]["template"]["metadata"]["labels"]
        selector = k8s("service.yaml")["spec"]["selector"]
        assert selector.items() <= labels.items()

    def test_exposes_the_metrics_port(self) -> None:
        (port,) = k8s("service.yaml")["spec"]["ports"]
        assert port["targetPort"] == "metrics" and port["port"] in exposed_ports()
