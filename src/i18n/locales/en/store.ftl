# lane messages (en): store

## Opening the data folder

store-not-a-folder = {$path} is not a lane data folder (no lane.toml)
store-not-a-folder-hint = create one with `lane init DIR`, or point to one with --data DIR or $LANE_DATA
