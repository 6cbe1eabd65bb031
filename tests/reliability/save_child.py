"""Child process for the kill test: saves two versions of a big map alternately, forever."""
import sys

from benchmarks.synthetic import synthetic_map
from journeymap.model.io import save_map

path = sys.argv[1]
maps = [synthetic_map(3000, seed=1), synthetic_map(3000, seed=2)]
maps[1].title = "version B"
save_map(maps[0], path)  # one complete save first: every kill then lands during a later save
print("ready", flush=True)
i = 1
while True:
    save_map(maps[i % 2], path)
    i += 1
