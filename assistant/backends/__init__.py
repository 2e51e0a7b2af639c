"""Language-model backends: the provider registry (OpenAI-compatible servers, a mock) and
llama.cpp in process. May import ``core`` only; the heavy clients load lazily."""
