"""Learned choices: the rule stages propose candidates, small trained models choose.

``features.py`` turns a candidate into named features (the one module training and extraction
share); ``model.py`` loads a model file (plain JSON weights with its card) and scores."""
