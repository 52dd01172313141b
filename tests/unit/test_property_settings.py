"""Property tests never fail for the clock: no deadline, no health check on slow inputs."""

from __future__ import annotations

from hypothesis import HealthCheck, settings


def test_property_tests_have_no_deadline_and_allow_slow_inputs() -> None:
    assert settings.default.deadline is None
    assert HealthCheck.too_slow in settings.default.suppress_health_check


def test_a_test_s_own_settings_keep_the_rest_of_the_profile() -> None:
    own = settings(max_examples=50)  # as a test's @settings(...) has it
    assert own.deadline is None
    assert HealthCheck.too_slow in own.suppress_health_check
