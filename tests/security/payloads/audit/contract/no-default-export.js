const skill = { slug: "custom-x" };
