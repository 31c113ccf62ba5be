"""The models are light classes (``generator/model.py``): a build of valid content imports no
pydantic, and what the light check makes is what pydantic makes of the same data (its twin,
``generator/model_twin.py``), for real content, rendered Documents and the audiences' files; data
the light check does not take as it is goes to pydantic, which coerces it or words the problem."""
import subprocess
import sys
from pathlib import Path

import pytest

from generator.audience_files import AudienceConfig, Budget, ThemeConfig
from generator.audiences import load_audiences
from generator.content import Content
from generator.document import Document
from generator.loader import load_content
from generator.model import Refused
from generator.model_twin import _as_twin, twin, validate
from generator.yamlio import load_yaml_file
from tests.conftest import DEFAULT

ROOT = Path(__file__).resolve().parent.parent


def _same(light, data, model) -> None:
    """The light model equals what pydantic's twin makes of ``data``, field for field, with the same fields set."""
    made = twin(model).model_validate(data)
    assert light.model_dump() == made.model_dump()
    assert light.model_fields_set == made.model_fields_set


def test_a_build_of_valid_content_imports_no_pydantic(tmp_path):
    code = ("import sys; from generator.build import build; "
            f"build([{str(DEFAULT)!r}], audiences=['executive'], formats=['pptx', 'md'], output={str(tmp_path)!r}); "
            "print(sorted(m for m in sys.modules if m.split('.')[0] in ('pydantic', 'pydantic_core')))")
    done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "[]"
    assert (tmp_path / "deepseek-executive.pptx").stat().st_size > 10_000


@pytest.mark.parametrize("path", [DEFAULT, ROOT / "tests" / "fixtures" / "scripts.yaml"], ids=lambda p: Path(p).stem)
def test_content_is_what_pydantic_makes_of_it(path):
    data = load_yaml_file(path).data
    light = Content._light(data)  # (raises Refused if the light check would hand it to pydantic)
    _same(light, data, Content)
    assert len(light.model_dump_json()) == len(twin(Content).model_validate(data).model_dump_json())


def test_every_audience_s_document_is_what_pydantic_makes_of_it(monkeypatch):
    """Each audience's Document of the default content, as the render hands it to the check."""
    from generator import loader
    from generator.render import render_document

    handed: list = []
    real = loader.validate_model
    monkeypatch.setattr(loader, "validate_model", lambda located, model, data=None: handed.append(data) or
                        real(located, model, data))
    content = load_content(DEFAULT)
    audiences = load_audiences(["executive", "policy", "technical"])
    for audience in audiences:
        render_document(content, audience)
        light = Document._light(handed[-1])
        _same(light, _as_twin(handed[-1]), Document)
        folder = audience.path
        config = load_yaml_file(folder / "audience.yaml").data
        _same(AudienceConfig._light(config), config, AudienceConfig)


@pytest.mark.parametrize("data, field, value", [
    ({"max_topics": "+5"}, "max_topics", 5),  # numbers as YAML text that only pydantic reads
    ({"figures": "yes"}, "figures", True),
    ({"charts": "off"}, "charts", False),
    ({"depth": 2.0}, "depth", 2),
])
def test_data_the_light_check_leaves_to_pydantic_is_read_as_pydantic_reads_it(data, field, value):
    with pytest.raises(Refused):
        Budget._light(data)
    budget = Budget.model_validate(data)
    assert type(budget) is Budget and getattr(budget, field) == value and type(getattr(budget, field)) is type(value)
    assert budget.model_fields_set == set(data) and validate(Budget, data) == budget


@pytest.mark.parametrize("data, wording", [
    ({"primary": None}, "Input should be a valid string"),
    ({"palette": None}, "Input should be a valid list"),
    ({"primary": "12345G"}, "String should match pattern"),
    ({"colour": "123456"}, "Extra inputs are not permitted"),
])
def test_a_refused_theme_is_worded_by_pydantic(data, wording):
    from pydantic import ValidationError

    with pytest.raises(ValidationError, match=wording):
        ThemeConfig.model_validate(data)


def test_a_model_copy_is_shallow_and_keeps_what_was_set():
    budget = Budget.model_validate({"max_topics": "3"})
    copy = budget.model_copy(update={"depth": 1})
    assert (copy.max_topics, copy.depth, budget.depth) == (3, 1, 3)
    assert copy.model_dump(exclude_unset=True) == {"max_topics": 3, "depth": 1}
    assert budget.model_dump(exclude_unset=True) == {"max_topics": 3}


def test_a_project_s_config_is_read_without_pydantic(tmp_path):
    """``briefing init`` writes a briefing.toml with keys set: reading it imports no pydantic; a
    mistake in it is still worded by pydantic (a number written as text is no number of jobs)."""
    subprocess.run([sys.executable, "-m", "generator.cli", "init", str(tmp_path / "p")], cwd=ROOT, check=True,
                   capture_output=True)
    code = ("import sys; from pathlib import Path; from generator.config import load_config; "
            "c = load_config(Path('briefing.toml')); print(c.content, c.output, "
            "[m for m in sys.modules if m.startswith('pydantic')])")
    done = subprocess.run([sys.executable, "-c", code], cwd=tmp_path / "p", capture_output=True, text=True, check=True)
    assert done.stdout.split() == [str(Path("content")), str(Path("output")), "[]"]
    (tmp_path / "p" / "briefing.toml").write_text('jobs = "2"\n', encoding="utf-8")
    done = subprocess.run([sys.executable, "-m", "generator.cli", "validate"], cwd=tmp_path / "p", capture_output=True,
                          text=True)
    assert done.returncode == 1 and "briefing.toml:1:1: jobs: Input should be a valid integer" in done.stderr


def test_models_made_from_the_same_fields_share_one_set_of_them():
    """A Document's models of one kind given the same fields share their fields' set (a set of each
    model's own was ~11 MB of a 1,000-topic report's memory); each still says which fields it was given."""
    document = load_content(DEFAULT)
    bullets = [b for topic in document.topics for b in topic.points]
    assert len(bullets) > 4
    by_fields: dict = {}
    for bullet in bullets:
        by_fields.setdefault(bullet.model_fields_set, []).append(bullet)
    for fields, alike in by_fields.items():
        assert {id(b.model_fields_set) for b in alike} == {id(alike[0].model_fields_set)}
        assert fields == {name for name in type(alike[0])._fields() if name in alike[0].model_dump(exclude_unset=True)}
    assert any(len(alike) > 1 for alike in by_fields.values())
    copy = bullets[0].model_copy(update={"text": "changed"})
    assert copy.model_fields_set == bullets[0].model_fields_set | {"text"}
