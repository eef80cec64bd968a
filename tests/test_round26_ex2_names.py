"""Round 26 (brief item 5): `answer = spokesman` typed without quotes, in a kernel where no cell made a
`spokesman`, is told to add the quotes, not to run the cells above: a lesson's table name ('spokesman' is one in
lessons 03, 05 and 06) is no variable when it is an answer's whole value. The same for either side's word."""
import pytest

from kit.exercises.friendly import hint_for_unknown_name, made_above


@pytest.fixture
def shell(capsys):
    from IPython.core.interactiveshell import InteractiveShell

    from kit.exercises.friendly import install_name_error_hint

    shell = InteractiveShell.instance()
    shell.run_cell("from kit import exercises", store_history=True)
    assert install_name_error_hint()
    capsys.readouterr()

    def run(cell):
        shell.run_cell(cell, store_history=True)
        out = capsys.readouterr()
        return out.out + out.err
    yield run
    InteractiveShell.clear_instance()


@pytest.mark.parametrize("name", ["spokesman", "kremlin"])
def test_an_answer_typed_without_quotes_is_told_to_add_quotes(shell, name):
    said = shell(f"answer = {name}")
    assert f'answer = "{name}"' in said, said
    assert "Run the cells above first" not in said, said


def test_the_lesson_name_passed_to_a_check_still_means_run_the_cells_above():
    assert made_above("spokesman", "exercises.check_reflection(answer, [spokesman, articles], task='sources')")
    assert "Run the cells above first" in hint_for_unknown_name("spokesman", "sp = spokesman.iloc[0]")
    assert not made_above("spokesman", "answer = spokesman  # my guess")
