-- citext: case-insensitive emails. btree_gist: lets the bookings exclusion constraint combine
-- equality on resource_id with overlap on period in one GiST index.
CREATE EXTENSION IF NOT EXISTS citext;
--> statement-breakpoint
CREATE EXTENSION IF NOT EXISTS btree_gist;
