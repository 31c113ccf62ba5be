"""A mistake a template writes is reported at the template file, line and column that wrote it,
not at a line of the rendered document."""
import pytest

from generator.audiences import load_audience
from generator.errors import BriefingError
from generator.loader import load_content
from generator.render import render_document

CONTENT = """title: Harbour works
subtitle: What the council decided
sources: [{id: a, name: Minutes, url: 'https://example.org/minutes'}]
topics:
  - {id: dredging, title: Dredging, at: '0:05:00', points: [The channel is dredged to 12 m, Work starts in May,
     Silt goes to the old quarry, The port pays a third]}
  - {id: quay, title: The new quay, at: '0:20:00', points: [Two berths, Open in 2027, Built by the city,
     Ferries move there first]}
"""  # (four points a topic: a topic of up to three shares a slide, written by slides/topics.yaml.j2)


def problems(tmp_path, slide: str, edit) -> list:
    """The problems of rendering CONTENT for an audience whose ``slides/<slide>`` is the base one
    changed by ``edit`` (text -> text)."""
    from generator.audiences import BUILTIN

    folder = tmp_path / "mine"
    (folder / "slides").mkdir(parents=True)
    (folder / "audience.yaml").write_text("description: test\nextends: technical\n")
    source = (BUILTIN / "base" / "slides" / slide).read_text(encoding="utf-8")
    changed = edit(source)
    assert changed != source
    (folder / "slides" / slide).write_text(changed, encoding="utf-8")
    path = tmp_path / "c.yaml"
    path.write_text(CONTENT, encoding="utf-8")
    with pytest.raises(BriefingError) as caught:
        render_document(load_content(path), load_audience("mine", [tmp_path]))
    return caught.value.problems, folder / "slides" / slide, changed.splitlines()


def test_a_misspelt_field_is_reported_at_its_template_line(tmp_path):
    found, file, lines = problems(tmp_path, "title.yaml.j2", lambda s: s.replace("subtitle:", "subtitel:"))
    [problem] = found
    assert (problem.file, problem.message) == (str(file), "unknown field 'subtitel'")
    assert lines[problem.line - 1][problem.col - 1:].startswith("subtitel:")


def test_an_unknown_layout_is_reported_where_it_is_written(tmp_path):
    found, file, lines = problems(tmp_path, "topic.yaml.j2", lambda s: s.replace("layout: bullets", "layout: bulets"))
    [problem] = found  # both topics' slides: one line of the template, said once
    assert problem.file == str(file) and problem.message.startswith("layout: Input should be")
    assert lines[problem.line - 1][problem.col - 1:] == "bulets"


def test_a_value_of_the_wrong_type_is_reported_at_the_expression(tmp_path):
    def edit(source):
        before = "    topic: {{ topic.id }}\n    bullets:"
        return source.replace(before, before.replace("\n", "\n    deck: {{ topic.title }}\n"))

    found, file, lines = problems(tmp_path, "topic.yaml.j2", edit)
    [problem] = found
    assert problem.file == str(file) and problem.message.startswith("deck: Input should be a valid boolean")
    assert lines[problem.line - 1][problem.col - 1:] == "{{ topic.title }}"


def test_a_yaml_mistake_is_reported_at_its_template_line(tmp_path):
    found, file, lines = problems(tmp_path, "title.yaml.j2", lambda s: s.replace("    subtitle:", "    subtitle: ]"))
    [problem] = found
    assert problem.file == str(file) and lines[problem.line - 1].startswith("    subtitle: ]")


def test_a_second_render_that_differs_leaves_the_problems_where_they_are(tmp_path):
    """Positions are moved only when the second render writes the same text (a template that
    picks at random would otherwise send the user to the wrong line)."""
    from jinja2 import Environment, FileSystemLoader

    from generator.errors import Problem
    from generator.origins import placed

    (tmp_path / "doc.yaml.j2").write_text("a: 1\n{{ key }}: 2\n", encoding="utf-8")
    template = Environment(loader=FileSystemLoader(str(tmp_path))).get_template("doc.yaml.j2")
    problem = Problem("unknown field 'x'", "doc (rendered)", 2, 1)
    text = template.render(key="x")
    same = placed([problem], "doc (rendered)", text, lambda: template.generate(key="x"), lambda: 0)
    assert [(p.file, p.line) for p in same] == [(str(tmp_path / "doc.yaml.j2"), 2)]
    assert placed([problem], "doc (rendered)", text, lambda: template.generate(key="y"), lambda: 0) == [problem]
