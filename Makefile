# Developer tasks. The README's two commands are the canonical set-up.
SHARED ?= ../shared/eval
OUT ?= /tmp/rasd-eval

.PHONY: test eval bench gazetteer coverage

test:
	python3 -m pytest -q

eval:
	mkdir -p $(OUT)
	rasd extract $(SHARED)/dev.jsonl -o $(OUT)/dev.jsonl
	python3 $(SHARED)/score.py $(SHARED)/dev.jsonl $(OUT)/dev.jsonl
	rasd extract $(SHARED)/seed.jsonl -o $(OUT)/seed.jsonl
	python3 $(SHARED)/score.py $(SHARED)/seed.jsonl $(OUT)/seed.jsonl
	rasd extract $(SHARED)/gsr/dev.jsonl -o $(OUT)/gsr.jsonl
	python3 $(SHARED)/gsr/score_gsr.py $(SHARED)/gsr/dev.jsonl $(OUT)/gsr.jsonl

bench:
	python3 bench/extract_speed.py

gazetteer:
	python3 scripts/build_gazetteer.py

coverage:
	python3 scripts/gazetteer_coverage.py $(SHARED)/dev.jsonl
