"""Safe YAML with positions: plain data, and the line:col of every key and value, nothing constructed."""
