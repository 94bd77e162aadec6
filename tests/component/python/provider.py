# The `text` interface in Python (componentize-py makes it a component), for a Kiln consumer.
from wit_world import exports


class Text(exports.Text):
    def greet(self, name: str) -> str:
        return "Hello, " + name + ", from Python! (caf\u00e9 \u2615)"

    def words(self, sentence: str) -> list[str]:
        return sentence.split()

    def stats(self, values: list[int]) -> tuple[int, int, float]:
        return (min(values), max(values), sum(values) / len(values))
