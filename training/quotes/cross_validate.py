"""Score the boundary model by 5-fold cross-validation on PolNeAR train, through parley_quotes.

    nice -n 10 uv run python training/quotes/cross_validate.py [--folds 5]

The held-out tenth is 1,415 attributions: retraining the boundary model with another seed moves its
exact F1 by 0.01, more than most boundary changes are worth. Here each fold of PolNeAR train (minus
the held-out tenth, by article) is extracted by a boundary model trained on the other folds, with
train_boundary.py's settings and its best epoch fixed (no dev choice), and all folds are scored
together as evaluate.py scores a split. The cue model is the shipped one, trained on these articles,
so the figures are higher than on unseen articles; they are for comparing boundary models.
"""

from __future__ import annotations

import argparse
import json
import random
from collections.abc import Callable
from pathlib import Path

from spacy.tokens import DocBin
from thinc.api import Adam, Config, fix_random_seed

from corpus import CACHE, parsed
from evaluate import OUTPUT, scorer
from parley.model import RawDocument
from parley.nlp.pipeline import Pipeline, to_document
from parley.nlp.quote_boundary import BoundaryModel
from parley.nlp.quote_model import CueModel, build_model
from train_boundary import BOUNDARY_DIR, article_groups, train_epoch

HERE = Path(__file__).resolve().parent
# The components parley_quotes reads, run on the cached parse.
BEFORE_QUOTES = ("parley_actors", "parley_times", "parley_quantities")


def extract_folds(nlp, articles: list[dict], docs: list, folds: int, install: Callable[[int], None],
                  predicted: Path) -> None:
    """Extract each fold of PolNeAR train through parley_quotes after ``install(fold)`` has put in it a
    model trained on the other folds, then score all folds together as evaluate.py scores a split."""
    quotes = nlp.get_pipe("parley_quotes")
    OUTPUT.mkdir(exist_ok=True)
    gold = OUTPUT / "polnear_train_gold.jsonl"
    gold.write_text("".join(json.dumps(article) + "\n" for article in articles), encoding="utf-8")
    with open(predicted, "w", encoding="utf-8") as out:
        for fold in range(folds):
            install(fold)
            for n, (article, doc) in enumerate(zip(articles, docs)):
                if n % folds == fold:
                    for name in BEFORE_QUOTES:
                        doc = nlp.get_pipe(name)(doc)
                    document = to_document(quotes(doc), RawDocument(text=article["text"], id=article["id"]))
                    out.write(document.model_dump_json() + "\n")
            print(f"fold {fold + 1} of {folds} done", flush=True)
    result, _ = scorer().score_quotes(str(predicted), str(gold))
    print(json.dumps({"split": f"train, {folds}-fold", **result}))


class BoundaryFolds:
    """Boundary models each trained on all folds of train but one, with train_boundary.py's settings
    and the shipped model's epoch."""

    def __init__(self, config: Config, rows: list[dict], docs: list, folds: int) -> None:
        self.settings = config["boundary"]
        self.epochs = json.loads((BOUNDARY_DIR / "settings.json").read_text(encoding="utf-8"))["epoch"]
        self.folds = folds
        self.per_article = [article_groups([pair])[0] for pair in zip(rows, docs)]

    def model(self, fold: int) -> BoundaryModel:
        settings = self.settings
        data = [group for n, found in enumerate(self.per_article) if n % self.folds != fold for group in found]
        fix_random_seed(settings["seed"])
        model = build_model(settings["length"])
        model.initialize()
        optimizer = Adam(settings["learn_rate"], L2=settings["L2"])
        rng, order = random.Random(settings["seed"]), list(range(len(data)))
        for _ in range(self.epochs):
            train_epoch(model, optimizer, data, order, rng, settings["batch_size"])
        return BoundaryModel(CueModel(model, {}))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--folds", type=int, default=5)
    args = parser.parse_args()
    nlp = Pipeline().nlp
    rows = [article for article, _ in parsed("train")]
    docs = list(DocBin().from_disk(CACHE / "train.spacy").get_docs(nlp.vocab))  # in the pipeline's vocab
    boundary_folds = BoundaryFolds(Config().from_disk(HERE / "config.cfg"), rows, docs, args.folds)

    def install(fold: int) -> None:
        nlp.get_pipe("parley_quotes").boundary_model = boundary_folds.model(fold)

    extract_folds(nlp, rows, docs, args.folds, install, OUTPUT / "polnear_train_folds.jsonl")


if __name__ == "__main__":
    main()
