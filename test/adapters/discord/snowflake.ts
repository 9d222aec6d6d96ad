// Snowflake ids for the stand-in: increasing, 18-19 digits, like Discord's.
let counter = 0n;

/** A fresh snowflake id. */
export function snowflake(): string {
  counter += 1n;
  return String(((BigInt(Date.now()) - 1420070400000n) << 22n) | (counter & 0xfffn));
}
